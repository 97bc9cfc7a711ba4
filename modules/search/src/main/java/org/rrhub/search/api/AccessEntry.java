package org.rrhub.search.api;

import java.time.Instant;
import java.util.List;

/**
 * @param action "search" or "open"
 * @param tenants the organisations whose items the search could return, or the opened item's
 * @param item the opened item ("DOCUMENT 3f2c..."), or null for a search
 */
public record AccessEntry(long sequence, Instant at, String actor, String role, String purpose, String action,
                          String query, List<String> tenants, String item, String hash) {
}
