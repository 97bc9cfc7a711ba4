package org.rrhub.core.api;

/**
 * Fired once when the web application has started and its container resources (the data source) are bound.
 * Observers run in {@code @Priority} order: schema migrations first, then anything that needs the schema.
 */
public record ApplicationReady() {
}
