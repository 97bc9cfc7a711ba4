package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class BreakdownTest {

    private static Map<String, Long> counts(Object... labelsAndCounts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            map.put((String) labelsAndCounts[i], ((Number) labelsAndCounts[i + 1]).longValue());
        }
        return map;
    }

    @Test
    void countsFromOneToFourAreHiddenZeroAndFiveAreShown() {
        assertThat(SmallNumbers.shown(0)).isEqualTo("0");
        assertThat(SmallNumbers.shown(1)).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.shown(4)).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.shown(5)).isEqualTo("5");
    }

    @Test
    void aSingleHiddenGroupHidesTheNextSmallestSoTheTotalCannotRevealIt() {
        // Total 3 + 12 + 0 + 40 + 7 + 9 = 71. Asian (3) is small; the smallest other group above 0 is Other (7).
        Breakdown breakdown = Breakdown.of("Ethnic group",
                counts("Asian", 3, "Black", 12, "Mixed", 0, "White", 40, "Other", 7, "Not stated", 9));

        assertThat(breakdown.groups()).extracting(BreakdownGroup::label, BreakdownGroup::shown,
                BreakdownGroup::suppression).containsExactly(
                tuple("Asian", null, Suppression.SMALL_NUMBER), tuple("Black", 12L, Suppression.NONE),
                tuple("Mixed", 0L, Suppression.NONE), tuple("White", 40L, Suppression.NONE),
                tuple("Other", null, Suppression.SECONDARY), tuple("Not stated", 9L, Suppression.NONE));
        assertThat(breakdown.total()).isEqualTo(71L);
        assertThat(breakdown.groups().get(0).display()).isEqualTo("fewer than 5");
        assertThat(breakdown.groups().get(4).display()).startsWith("not shown");
        assertThat(breakdown.groups().get(4).suppressed()).isTrue();
    }

    @Test
    void twoSmallGroupsNeedNoSecondaryHiding() {
        // Female 2 and Non-binary 1 are small; 71 - (30 + 0 + 6) = 3 does not say how the 3 splits.
        Breakdown breakdown = Breakdown.of("Gender",
                counts("Female", 2, "Male", 30, "Non-binary", 1, "Other", 0, "Not known", 6));
        assertThat(breakdown.groups()).extracting(BreakdownGroup::suppressed)
                .containsExactly(true, false, true, false, false);
        assertThat(breakdown.total()).isEqualTo(39L);
    }

    @Test
    void equalNextSmallestGroupsHideTheFirstInOrder() {
        Breakdown breakdown = Breakdown.of("Age band", counts("18 to 24", 1, "25 to 34", 6, "35 to 44", 6));
        assertThat(breakdown.groups()).extracting(BreakdownGroup::suppression)
                .containsExactly(Suppression.SMALL_NUMBER, Suppression.SECONDARY, Suppression.NONE);
    }

    @Test
    void whenEveryOtherGroupIsZeroTheSmallTotalIsHiddenInstead() {
        // 3 + 0 = 3: hiding the 0 would not help; the total of 3 is itself hidden.
        Breakdown breakdown = Breakdown.of("Gender", counts("Female", 3, "Male", 0));
        assertThat(breakdown.groups()).extracting(BreakdownGroup::suppression)
                .containsExactly(Suppression.SMALL_NUMBER, Suppression.NONE);
        assertThat(breakdown.total()).isNull();
    }

    @Test
    void nothingIsHiddenWithoutSmallNumbers() {
        Breakdown breakdown = Breakdown.of("Gender", counts("Female", 5, "Male", 0));
        assertThat(breakdown.groups()).extracting(BreakdownGroup::display).containsExactly("5", "0");
        assertThat(breakdown.total()).isEqualTo(5L);
    }
}
