package org.rrhub.incidents.api;

/**
 * The counts the indicators are worked out from, aggregated in SQL. {@link #tally} is the reference for what each
 * count means, so the SQL can be tested against it.
 *
 * @param restraints physical and mechanical restraints ({@link InterventionType#isRestraint()})
 * @param restraintsReviewedWithinHour of those, the ones with a medical review at most 60 minutes after the start
 * @param interventions all restrictive interventions
 * @param debriefOffered interventions where a debrief was offered
 * @param debriefHeld interventions where a debrief was held
 * @param viewsSoughtInTime interventions where the person's views were sought at most {@code viewsWithinHours} after
 *                          the start
 * @param viewsWithinHours the provider's policy on seeking views, in hours, which {@code viewsSoughtInTime} was
 *                         counted with
 */
public record IndicatorCounts(long restraints, long restraintsReviewedWithinHour, long interventions,
                              long debriefOffered, long debriefHeld, long viewsSoughtInTime, int viewsWithinHours) {

    public IndicatorCounts {
        if (viewsWithinHours <= 0) {
            throw new IllegalArgumentException("The policy's hours for seeking views must be positive");
        }
    }

    /** Counts records in memory, exactly as the SQL must. */
    public static IndicatorCounts tally(Iterable<IncidentRecord> records, int viewsWithinHours) {
        long restraints = 0;
        long reviewed = 0;
        long interventions = 0;
        long offered = 0;
        long held = 0;
        long views = 0;
        for (IncidentRecord record : records) {
            interventions++;
            if (record.type().isRestraint()) {
                restraints++;
                if (Indicators.medicalReviewInTime(record)) {
                    reviewed++;
                }
            }
            if (record.debriefOffered()) {
                offered++;
            }
            if (record.debriefHeld()) {
                held++;
            }
            if (Indicators.viewsSoughtWithin(record, viewsWithinHours)) {
                views++;
            }
        }
        return new IndicatorCounts(restraints, reviewed, interventions, offered, held, views, viewsWithinHours);
    }
}
