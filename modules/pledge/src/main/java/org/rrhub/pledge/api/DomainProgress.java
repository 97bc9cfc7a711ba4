package org.rrhub.pledge.api;

import org.rrhub.core.api.StrategyDomain;

/** One strategy domain's actions in a cycle, as the dashboard counts them. */
public record DomainProgress(StrategyDomain domain, int open, int overdue, int done) {
}
