package org.rrhub.pledge.api;

/** One of the plan's top three priorities for the next 12 months, with how success will be measured. */
public record Priority(String priority, String measureOfSuccess) {

    public static final Priority EMPTY = new Priority("", "");
}
