package org.rrhub.search.api;

import java.time.Instant;
import java.util.List;

/**
 * One access log entry as a provider reads it. The stored entry names every organisation a search covered, and its
 * hash covers them all; a provider is shown only its own name and how many others there were, so an inspector's
 * search across every provider does not tell one provider who the others are.
 *
 * @param action "search", "export" or "open"
 * @param tenants the reading organisation, when the search could return its items or the opened item is its own
 * @param otherOrganisations how many other organisations the search covered (their names are withheld)
 * @param item the opened item ("DOCUMENT 3f2c..."), or null for a search
 * @param hash the stored entry's hash (of the full entry, as the chain keeps it)
 */
public record AccessEntry(long sequence, Instant at, String actor, String role, String purpose, String action,
                          String query, List<String> tenants, int otherOrganisations, String item, String hash) {
}
