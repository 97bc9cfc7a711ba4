package org.rrhub.compliance.api;

import org.rrhub.core.api.StrategyDomain;

import java.util.List;

/**
 * One numbered compliance statement of a framework, with its id exactly as the standard numbers it (for example
 * 1.15.II or 2.5.2.XI) and the strategy domains it serves.
 */
public record Statement(String id, String text, List<StrategyDomain> domains) {

    public Statement {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
