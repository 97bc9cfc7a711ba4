package org.rrhub.pledge.api;

import org.rrhub.core.api.StrategyDomain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the Restraint Reduction Network pledge action plan form holds: the organisation's details, the top three
 * priorities with their measures of success, and for each of the six strategy domains its main priority, what
 * has been done so far and what is planned next. Text is kept exactly as typed.
 */
public record PlanContent(String organisationName, String sector, String reductionLead, String contactEmail,
                          LocalDate planDate, List<Priority> priorities, List<DomainSection> domains) {

    public static final int PRIORITY_COUNT = 3;

    public PlanContent {
        priorities = normalisePriorities(priorities);
        domains = normaliseDomains(domains);
        organisationName = text(organisationName);
        sector = text(sector);
        reductionLead = text(reductionLead);
        contactEmail = text(contactEmail);
    }

    public static PlanContent blank(String organisationName, String sector, LocalDate planDate) {
        return new PlanContent(organisationName, sector, "", "", planDate, List.of(), List.of());
    }

    public DomainSection section(StrategyDomain domain) {
        return domains.get(domain.ordinal());
    }

    /** Always exactly three priorities, in order; missing ones are empty. */
    private static List<Priority> normalisePriorities(List<Priority> given) {
        List<Priority> result = new ArrayList<>();
        for (int i = 0; i < PRIORITY_COUNT; i++) {
            Priority p = given != null && i < given.size() && given.get(i) != null ? given.get(i) : Priority.EMPTY;
            result.add(new Priority(text(p.priority()), text(p.measureOfSuccess())));
        }
        return List.copyOf(result);
    }

    /** Always the six domains, in the template's order; a domain not given is empty. */
    private static List<DomainSection> normaliseDomains(List<DomainSection> given) {
        return Arrays.stream(StrategyDomain.values()).map(domain -> (given == null ? List.<DomainSection>of() : given)
                        .stream().filter(Objects::nonNull).filter(s -> s.domain() == domain).findFirst()
                        .map(s -> new DomainSection(domain, text(s.mainPriority()), text(s.doneSoFar()),
                                text(s.planNext())))
                        .orElse(DomainSection.empty(domain)))
                .toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
