package org.rrhub.pledge.internal;

import org.rrhub.core.api.StrategyDomain;
import org.rrhub.pledge.api.DomainSection;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.Priority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every field of the plan form, with its name (as used by pages, the API's error details and diffs), its label in
 * the template's words, how to read it from {@link PlanContent} and its length limit.
 */
final class PlanFields {

    record Field(String name, String label, Function<PlanContent, String> value, int maxLength) {
    }

    static final int NAME_MAX = 200;
    static final int SHORT_MAX = 120;
    static final int PRIORITY_MAX = 500;
    static final int SECTION_MAX = 4000;

    static final List<Field> ALL = build();

    private PlanFields() {
    }

    private static List<Field> build() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("organisationName", "Organisation name", PlanContent::organisationName, NAME_MAX));
        fields.add(new Field("sector", "Sector", PlanContent::sector, SHORT_MAX));
        fields.add(new Field("reductionLead", "Restraint reduction lead", PlanContent::reductionLead, SHORT_MAX));
        fields.add(new Field("contactEmail", "Contact email", PlanContent::contactEmail, 254));
        fields.add(new Field("planDate", "Date", c -> c.planDate() == null ? "" : c.planDate().toString(), 10));
        for (int i = 0; i < PlanContent.PRIORITY_COUNT; i++) {
            int index = i;
            fields.add(new Field("priority" + (i + 1), "Priority " + (i + 1),
                    c -> c.priorities().get(index).priority(), PRIORITY_MAX));
            fields.add(new Field("measure" + (i + 1), "Measure of success for priority " + (i + 1),
                    c -> c.priorities().get(index).measureOfSuccess(), PRIORITY_MAX));
        }
        for (StrategyDomain domain : StrategyDomain.values()) {
            String prefix = domain.slug();
            String title = domain.title();
            fields.add(new Field(prefix + "-main", title + ": main priority",
                    c -> c.section(domain).mainPriority(), SECTION_MAX));
            fields.add(new Field(prefix + "-done", title + ": what we have done so far",
                    c -> c.section(domain).doneSoFar(), SECTION_MAX));
            fields.add(new Field(prefix + "-next", title + ": what we plan to do next",
                    c -> c.section(domain).planNext(), SECTION_MAX));
        }
        return List.copyOf(fields);
    }

    /** Builds content from form-shaped values (field name to text), the inverse of {@link Field#value()}. */
    static PlanContent fromValues(Function<String, String> values, LocalDate planDate) {
        List<Priority> priorities = new ArrayList<>();
        for (int i = 1; i <= PlanContent.PRIORITY_COUNT; i++) {
            priorities.add(new Priority(values.apply("priority" + i), values.apply("measure" + i)));
        }
        List<DomainSection> sections = new ArrayList<>();
        for (StrategyDomain domain : StrategyDomain.values()) {
            sections.add(new DomainSection(domain, values.apply(domain.slug() + "-main"),
                    values.apply(domain.slug() + "-done"), values.apply(domain.slug() + "-next")));
        }
        return new PlanContent(values.apply("organisationName"), values.apply("sector"),
                values.apply("reductionLead"), values.apply("contactEmail"), planDate, priorities, sections);
    }
}
