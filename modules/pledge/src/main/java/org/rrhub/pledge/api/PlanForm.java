package org.rrhub.pledge.api;

import org.rrhub.core.api.StrategyDomain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every field of the RRN pledge action plan form, with its name (as used by pages, the API's error details and diffs), its label in
 * the template's words, how to read it from {@link PlanContent} and its length limit.
 */
public final class PlanForm {

    /**
     * @param domain the strategy domain the field belongs to, or null for the plan's header and priorities
     * @param multiline shown as a textarea
     */
    public record Field(String name, String label, Function<PlanContent, String> value, int maxLength,
                        StrategyDomain domain, boolean multiline) {
    }

    public static final int NAME_MAX = 200;
    public static final int SHORT_MAX = 120;
    public static final int PRIORITY_MAX = 500;
    public static final int SECTION_MAX = 4000;

    public static final List<Field> ALL = build();

    private PlanForm() {
    }

    private static List<Field> build() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("organisationName", "Organisation name", PlanContent::organisationName, NAME_MAX, null, false));
        fields.add(new Field("sector", "Sector (for example academy trust, NHS trust)", PlanContent::sector, SHORT_MAX, null, false));
        fields.add(new Field("reductionLead", "Restraint reduction lead", PlanContent::reductionLead, SHORT_MAX, null, false));
        fields.add(new Field("contactEmail", "Contact email", PlanContent::contactEmail, 254, null, false));
        fields.add(new Field("planDate", "Date", c -> c.planDate() == null ? "" : c.planDate().toString(), 10, null, false));
        for (int i = 0; i < PlanContent.PRIORITY_COUNT; i++) {
            int index = i;
            fields.add(new Field("priority" + (i + 1), "Priority " + (i + 1),
                    c -> c.priorities().get(index).priority(), PRIORITY_MAX, null, true));
            fields.add(new Field("measure" + (i + 1), "Measure of success for priority " + (i + 1),
                    c -> c.priorities().get(index).measureOfSuccess(), PRIORITY_MAX, null, true));
        }
        for (StrategyDomain domain : StrategyDomain.values()) {
            String prefix = domain.slug();
            String title = domain.title();
            fields.add(new Field(prefix + "-main", title + ": main priority",
                    c -> c.section(domain).mainPriority(), SECTION_MAX, domain, true));
            fields.add(new Field(prefix + "-done", title + ": what we have done so far",
                    c -> c.section(domain).doneSoFar(), SECTION_MAX, domain, true));
            fields.add(new Field(prefix + "-next", title + ": what we plan to do next",
                    c -> c.section(domain).planNext(), SECTION_MAX, domain, true));
        }
        return List.copyOf(fields);
    }

    /** The fields of one strategy domain, in form order. */
    public static List<Field> of(StrategyDomain domain) {
        return ALL.stream().filter(f -> f.domain() == domain).toList();
    }

    /** The plan's header and priorities (the fields of no domain), in form order. */
    public static List<Field> general() {
        return ALL.stream().filter(f -> f.domain() == null && !f.name().equals("planDate")).toList();
    }

    /** Builds content from form-shaped values (field name to text), the inverse of {@link Field#value()}. */
    public static PlanContent fromValues(Function<String, String> values, LocalDate planDate) {
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
