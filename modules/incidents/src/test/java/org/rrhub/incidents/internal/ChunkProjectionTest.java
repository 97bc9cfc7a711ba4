package org.rrhub.incidents.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChunkProjectionTest {

    /** Chunk times like the stopped H2 re-import's: about 11.5 s each, a little faster at the end. */
    private static final List<Double> FALLING = List.of(11_900.0, 11_800.0, 11_700.0, 11_600.0, 11_500.0, 11_400.0,
            11_300.0, 11_200.0);

    @Test
    void aReImportsChunksAreTakenAtTheirMeanEvenWhenTheyFall() {
        // 1,000 chunks at the mean of 11,550 ms: 11,550 s, not a falling line summed into a negative time
        assertThat(ChunkProjection.seconds(FALLING, 1000, false)).isCloseTo(11_550, within(0.001));
    }

    @Test
    void aFirstImportsLineNeverFalls() {
        assertThat(ChunkProjection.seconds(FALLING, 1000, true)).isCloseTo(11_550, within(0.001));
    }

    @Test
    void aFirstImportsGrowingChunksAreSummedAlongTheirLine() {
        // 100, 200, 300 ms: the line 100 + 100 i summed over 10 chunks is 100 * 10 + 100 * 45 = 5,500 ms
        assertThat(ChunkProjection.seconds(List.of(100.0, 200.0, 300.0), 10, true)).isCloseTo(5.5, within(0.001));
    }
}
