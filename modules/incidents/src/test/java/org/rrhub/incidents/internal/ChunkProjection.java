package org.rrhub.incidents.internal;

import java.util.List;

/**
 * How long an import stopped part-way would have taken for all its chunks, from the times of the chunks it stored
 * ({@link IncidentBenchmark}).
 */
final class ChunkProjection {

    private ChunkProjection() {
    }

    /**
     * A first import's lookups read the rows stored so far ({@code growing}), so its chunk times are fitted with a
     * straight line, never falling, and summed over every chunk. A re-import's provider holds the same rows
     * throughout, so its chunks are taken at their mean: a line fitted to chunks that merely vary can fall, and
     * summed over a thousand chunks it once projected a negative time.
     */
    static double seconds(List<Double> chunkMs, int chunks, boolean growing) {
        int n = chunkMs.size();
        double meanY = chunkMs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        if (!growing) {
            return meanY * chunks / 1000;
        }
        double meanX = (n - 1) / 2.0;
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (i - meanX) * (chunkMs.get(i) - meanY);
            variance += (i - meanX) * (i - meanX);
        }
        double slope = variance == 0 ? 0 : Math.max(0, covariance / variance);
        double intercept = meanY - slope * meanX;
        return (intercept * chunks + slope * chunks * (chunks - 1) / 2.0) / 1000;
    }
}
