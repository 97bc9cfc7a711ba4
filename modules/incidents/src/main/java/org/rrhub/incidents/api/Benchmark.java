package org.rrhub.incidents.api;

import java.util.Collection;
import java.util.Objects;

import java.util.Optional;

/**
 * A provider's rate set against consenting providers of the same sector: the quartiles and the provider's quarter,
 * never the others' figures. Pass the peers' rates including the provider's own when it consents to comparison.
 */
public record Benchmark(Quartiles quartiles, Quarter quarter) {

    public Benchmark {
        Objects.requireNonNull(quartiles, "quartiles");
        Objects.requireNonNull(quarter, "quarter");
    }

    /** Empty when fewer than {@value Quartiles#MINIMUM_GROUP} peers have a rate. */
    public static Optional<Benchmark> of(Collection<Double> peerRates, double providerRate) {
        return Quartiles.of(peerRates).map(q -> new Benchmark(q, q.quarterOf(providerRate)));
    }
}
