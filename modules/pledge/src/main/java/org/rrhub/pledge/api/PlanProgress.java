package org.rrhub.pledge.api;

import java.util.List;

/**
 * How a plan's work stands, counted from one read of its actions.
 *
 * @param byDomain per strategy domain, in the template's order: open, overdue and done actions
 * @param overdue open actions past their due date, most overdue first
 */
public record PlanProgress(List<DomainProgress> byDomain, List<ActionView> overdue) {
}
