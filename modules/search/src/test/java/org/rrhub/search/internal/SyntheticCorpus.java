package org.rrhub.search.internal;

import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.Facet;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.SearchItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A seeded, reproducible corpus of policy-like text: tenants x items, each a title and 150 to 400 words built from
 * sentences of the kind restrictive-practice policies contain, with ward names, numbers and statement ids varied.
 */
final class SyntheticCorpus {

    private static final String[] TITLES = {"Seclusion policy", "Rapid tranquillisation procedure",
            "Positive behaviour support plan", "Restraint reduction strategy", "Post-incident debrief procedure",
            "Long-term segregation protocol", "Observation and engagement policy", "Training needs analysis",
            "Board report on restrictive practice", "Self-assessment against the standards",
            "Physical intervention policy", "Service user involvement strategy", "Use of force policy",
            "Mechanical restraint procedure", "Trauma-informed care approach"};
    private static final String[] SENTENCES = {
            "Restrictive interventions are used only as a last resort after de-escalation has failed.",
            "Every use of physical restraint is recorded and reviewed by the multidisciplinary team within %d hours.",
            "Prone restraint must not be used except in exceptional circumstances and for the shortest time.",
            "Rapid tranquillisation requires a medical review within one hour and physical health monitoring.",
            "Seclusion is ended as soon as the person no longer poses a risk to others on %s ward.",
            "Each person has a positive behaviour support plan written with them and their family.",
            "Staff complete accredited training certified against the Restraint Reduction Network standards.",
            "Data on restrictive practice is reported monthly to the board by ward, ethnicity and age band.",
            "A debrief is offered to the person and to staff after every incident on %s ward.",
            "Long-term segregation is reviewed daily by the responsible clinician and weekly by an external panel.",
            "The reduction plan sets a target of %d per cent fewer restraints over twelve months.",
            "People who use services sit on the restrictive practice committee and co-produce training.",
            "Mechanical restraint is authorised only by the executive lead and is audited quarterly.",
            "Trauma-informed approaches reduce the need for restrictive interventions.",
            "The board receives an annual report against standard %s of the National Minimum Standards.",
            "Incidents are analysed for themes, triggers and environmental factors on %s ward.",
            "Enhanced observation is carried out in the least intrusive way that keeps the person safe.",
            "Families and carers are informed within %d hours when restraint has been used.",
            "The policy is reviewed every three years or sooner when national guidance changes.",
            "Staff wellbeing after incidents is supported through reflective practice sessions."};
    private static final String[] WARDS = {"Ash", "Birch", "Cedar", "Elm", "Hazel", "Juniper", "Larch", "Maple",
            "Oak", "Rowan", "Willow", "Yew"};
    private static final String[] IDS = {"1.1.I", "1.4.III", "1.15.II", "2.5.2.XI", "3.1.IV", "1.5.II"};
    private static final ItemKind[] KINDS = {ItemKind.DOCUMENT, ItemKind.DOCUMENT, ItemKind.DOCUMENT,
            ItemKind.ACTION, ItemKind.ANSWER, ItemKind.PLAN};
    private static final String[] DOCUMENT_KINDS = {"POLICY", "PROCEDURE", "BOARD_STRATEGY", "TRAINING_RECORD"};
    private static final String[] STATUSES = {"APPROVED", "DRAFT", "UNDER_REVIEW"};

    final int tenants;
    final int perTenant;
    private final long seed;

    SyntheticCorpus(int tenants, int perTenant, long seed) {
        this.tenants = tenants;
        this.perTenant = perTenant;
        this.seed = seed;
    }

    static String tenant(int t) {
        return String.format("bench-%04d", t);
    }

    void forEach(Consumer<SearchItem> sink) {
        Random random = new Random(seed);
        for (int t = 0; t < tenants; t++) {
            TenantId tenant = TenantId.of(tenant(t));
            for (int i = 0; i < perTenant; i++) {
                sink.accept(item(random, tenant, i));
            }
        }
    }

    private static SearchItem item(Random random, TenantId tenant, int i) {
        StringBuilder text = new StringBuilder();
        int sentences = 12 + random.nextInt(20);
        for (int s = 0; s < sentences; s++) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            if (sentence.contains("%d")) {
                sentence = String.format(sentence, 1 + random.nextInt(72));
            } else if (sentence.contains("%s")) {
                sentence = String.format(sentence, sentence.contains("standard") ? IDS[random.nextInt(IDS.length)]
                        : WARDS[random.nextInt(WARDS.length)]);
            }
            text.append(sentence).append(s % 5 == 4 ? "\n\n" : " ");
        }
        ItemKind kind = KINDS[random.nextInt(KINDS.length)];
        StrategyDomain domain = StrategyDomain.values()[random.nextInt(StrategyDomain.values().length)];
        String title = TITLES[random.nextInt(TITLES.length)] + " " + WARDS[random.nextInt(WARDS.length)] + " " + i;
        List<String> keywords = new ArrayList<>();
        if (kind == ItemKind.ANSWER) {
            keywords.add(IDS[random.nextInt(IDS.length)]);
        }
        return new SearchItem(tenant, kind, tenant.value() + "-" + i, title, text.toString(), "/documents/" + i,
                LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000)),
                Map.of(Facet.DOCUMENT_KIND, List.of(DOCUMENT_KINDS[random.nextInt(DOCUMENT_KINDS.length)]),
                        Facet.DOMAIN, List.of(domain.name()),
                        Facet.STATUS, List.of(STATUSES[random.nextInt(STATUSES.length)])), keywords);
    }

    /** The fixed query mix: words, phrases, OR, exclusions, abbreviations, a statement id. */
    static final List<String> QUERIES = List.of("prone restraint", "\"last resort\"", "seclusion OR segregation",
            "debrief -family", "RT medical review", "PBS plan", "1.15.II", "board report ethnicity",
            "trauma informed", "mechanical restraint audited");
}
