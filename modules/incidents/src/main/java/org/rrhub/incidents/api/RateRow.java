package org.rrhub.incidents.api;

/**
 * One line of a rates table, so wards of different sizes and months of different lengths compare.
 *
 * @param ratePer1000 interventions per 1,000 occupied bed days; null when there are no bed days to divide by
 * @param whyNoRate why the rate is absent, in plain English; null when there is a rate
 */
public record RateRow(String label, long count, long bedDays, Double ratePer1000, String whyNoRate) {

    public boolean hasRate() {
        return ratePer1000 != null;
    }
}
