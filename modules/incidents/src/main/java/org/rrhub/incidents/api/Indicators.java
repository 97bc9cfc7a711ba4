package org.rrhub.incidents.api;

import java.util.List;

/**
 * The practice indicators shown with the rates: medical review within one hour of restraint (Standard 2.5.2.XI),
 * debrief offered and held (Standard 1.6.III), and the person's views sought within the provider's policy (Standard
 * 1.6.IV; an offer, never compulsory, so the measure is that they were sought).
 */
public final class Indicators {

    public static final int MEDICAL_REVIEW_WITHIN_MINUTES = 60;
    /** Many policies ask for the person's views within three days; a provider's own policy may differ. */
    public static final int DEFAULT_VIEWS_WITHIN_HOURS = 72;

    public static final String MEDICAL_REVIEW = "Medical review within one hour of restraint (Standard 2.5.2.XI)";
    public static final String DEBRIEF_OFFERED = "Debrief offered";
    public static final String DEBRIEF_HELD = "Debrief held";

    private Indicators() {
    }

    /** The four indicators, in this order: medical review, debrief offered, debrief held, views sought. */
    public static List<Indicator> of(IndicatorCounts counts) {
        return List.of(
                Indicator.of(MEDICAL_REVIEW, counts.restraintsReviewedWithinHour(), counts.restraints()),
                Indicator.of(DEBRIEF_OFFERED, counts.debriefOffered(), counts.interventions()),
                Indicator.of(DEBRIEF_HELD, counts.debriefHeld(), counts.interventions()),
                Indicator.of(viewsSoughtName(counts.viewsWithinHours()), counts.viewsSoughtInTime(),
                        counts.interventions()));
    }

    public static String viewsSoughtName(int hours) {
        return "Person's views sought within " + hours + " hours";
    }

    /** A review at most 60 minutes after the start, seconds rounded up (60 minutes 30 seconds is too late). */
    public static boolean medicalReviewInTime(IncidentRecord record) {
        Integer minutes = record.minutesToMedicalReview();
        return minutes != null && minutes <= MEDICAL_REVIEW_WITHIN_MINUTES;
    }

    /** Views sought at most {@code hours} after the start, part hours rounded up. */
    public static boolean viewsSoughtWithin(IncidentRecord record, int hours) {
        Integer taken = record.hoursToViewsSought();
        return taken != null && taken <= hours;
    }
}
