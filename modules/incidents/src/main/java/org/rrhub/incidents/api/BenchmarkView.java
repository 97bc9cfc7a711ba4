package org.rrhub.incidents.api;

/**
 * The provider's overall rate against the quartiles of consenting providers of its sector, or why there is none.
 * It never holds another provider's name or figure: only the quartiles, and how many providers they come from.
 *
 * @param benchmark  null when fewer than {@link Quartiles#MINIMUM_GROUP} providers could be compared
 * @param peersWithGaps how many of the compared providers have gaps in their reporting (their rates may mislead)
 */
public record BenchmarkView(String sector, boolean consented, Double ownRate, Benchmark benchmark, int peers,
                            int peersWithGaps, boolean ownGaps, String whyNone) {

    public boolean available() {
        return benchmark != null;
    }
}
