package org.rrhub.pledge.api;

/** One field that differs between two versions of a plan, named in the form's own words. */
public record FieldChange(String field, String label, String before, String after) {
}
