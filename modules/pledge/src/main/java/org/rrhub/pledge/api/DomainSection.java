package org.rrhub.pledge.api;

import org.rrhub.core.api.StrategyDomain;

/** The plan's answers for one of the six strategy domains, as the RRN template asks them. */
public record DomainSection(StrategyDomain domain, String mainPriority, String doneSoFar, String planNext) {

    public static DomainSection empty(StrategyDomain domain) {
        return new DomainSection(domain, "", "", "");
    }
}
