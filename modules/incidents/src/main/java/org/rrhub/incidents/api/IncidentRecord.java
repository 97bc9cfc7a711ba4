package org.rrhub.incidents.api;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One anonymised restrictive intervention from a provider's extract, with the fields Standard 1.5 asks to be
 * gathered (type, position, duration, demographics, injuries) and those that show post-incident care (medical review,
 * debrief, the person's views). Times are local wall-clock times as the provider's system records them.
 *
 * @param position the position held in; present only for physical restraint
 * @param medicalReviewAt when a doctor reviewed the person, or null if no review is recorded
 * @param viewsSoughtAt when the person's views were sought, or null if they were not
 */
public record IncidentRecord(String externalReference, LocalDateTime startedAt, String service, String ward,
                             InterventionType type, RestraintPosition position, int durationMinutes, AgeBand ageBand,
                             Gender gender, EthnicGroup ethnicGroup, boolean personInjured, boolean staffInjured,
                             LocalDateTime medicalReviewAt, boolean debriefOffered, boolean debriefHeld,
                             LocalDateTime viewsSoughtAt) {

    public IncidentRecord {
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(ward, "ward");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ethnicGroup, "ethnicGroup");
    }

    /** The calendar month the intervention started in: the unit rates and trends are reported by. */
    public YearMonth month() {
        return YearMonth.from(startedAt);
    }

    /** The band of the duration, stored with the record so SQL can group by it. */
    public DurationBand durationBand() {
        return DurationBand.of(durationMinutes);
    }

    /**
     * Minutes from the start to the medical review, rounded up to whole minutes (so "within 60 minutes" is exactly
     * {@code minutesToMedicalReview() <= 60}, also when the times have seconds), or null when no review is recorded.
     */
    public Integer minutesToMedicalReview() {
        return medicalReviewAt == null ? null : wholeUnitsRoundedUp(startedAt, medicalReviewAt, 60);
    }

    /**
     * Hours from the start to seeking the person's views, rounded up to whole hours (so "within 72 hours" is exactly
     * {@code hoursToViewsSought() <= 72}: 72 hours and 1 minute counts as 73), or null when views were not sought.
     */
    public Integer hoursToViewsSought() {
        return viewsSoughtAt == null ? null : wholeUnitsRoundedUp(startedAt, viewsSoughtAt, 3600);
    }

    private static int wholeUnitsRoundedUp(LocalDateTime from, LocalDateTime to, long secondsPerUnit) {
        Duration elapsed = Duration.between(from, to);
        if (elapsed.isNegative()) {
            return 0;
        }
        long seconds = elapsed.getSeconds() + (elapsed.getNano() > 0 ? 1 : 0);
        return Math.toIntExact((seconds + secondsPerUnit - 1) / secondsPerUnit);
    }
}
