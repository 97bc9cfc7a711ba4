package org.rrhub.incidents.api;

/**
 * One practice indicator: how many of the interventions it applies to met it, so boards see post-incident care
 * (Standards 1.6, 2.5.2.XI).
 *
 * @param percent met as a percentage of {@code of}, unrounded; null when nothing applied
 */
public record Indicator(String name, long met, long of, Double percent) {

    public Indicator {
        if (met < 0 || of < 0 || met > of) {
            throw new IllegalArgumentException(name + ": met " + met + " of " + of);
        }
        if ((of == 0) != (percent == null)) {
            throw new IllegalArgumentException(name + ": a percentage is given exactly when something applied");
        }
    }

    public static Indicator of(String name, long met, long of) {
        return new Indicator(name, met, of, of == 0 ? null : met * 100.0 / of);
    }
}
