package org.rrhub.search.api;

/** One value of a facet with how many results in the caller's scope have it. */
public record FacetCount(String value, String label, long count, boolean selected) {
}
