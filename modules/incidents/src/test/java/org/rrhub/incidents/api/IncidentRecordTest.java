package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentRecordTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 31, 23, 50);

    private static IncidentRecord record(LocalDateTime reviewAt, LocalDateTime viewsAt) {
        return new IncidentRecord("INC-1", START, "AMH", "Oak Ward", InterventionType.PHYSICAL_RESTRAINT,
                RestraintPosition.PRONE, 35, AgeBand.UNDER_18, Gender.NON_BINARY, EthnicGroup.MIXED, true, false,
                reviewAt, true, false, viewsAt);
    }

    @Test
    void derivedFiguresRoundPartUnitsUp() {
        IncidentRecord record = record(START.plusMinutes(45), START.plusHours(72));
        assertThat(record.month()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(record.minutesToMedicalReview()).isEqualTo(45);
        assertThat(record.hoursToViewsSought()).isEqualTo(72);
        assertThat(record.durationBand()).isEqualTo(DurationBand.MINUTES_30_59);

        IncidentRecord later = record(START.plusMinutes(45).plusSeconds(1), START.plusHours(72).plusMinutes(1));
        assertThat(later.minutesToMedicalReview()).isEqualTo(46);
        assertThat(later.hoursToViewsSought()).isEqualTo(73);

        IncidentRecord none = record(null, null);
        assertThat(none.minutesToMedicalReview()).isNull();
        assertThat(none.hoursToViewsSought()).isNull();
    }

    @Test
    void onlyPhysicalAndMechanicalRestraintAreRestraints() {
        assertThat(Arrays.stream(InterventionType.values()).filter(InterventionType::isRestraint))
                .containsExactly(InterventionType.PHYSICAL_RESTRAINT, InterventionType.MECHANICAL_RESTRAINT);
    }

    @Test
    void codesAreTheCsvValuesAndAreReadIgnoringCase() {
        assertThat(Arrays.stream(InterventionType.values()).map(Coded::code)).containsExactly("physical_restraint",
                "mechanical_restraint", "rapid_tranquillisation", "seclusion", "long_term_segregation",
                "enhanced_observation");
        assertThat(Arrays.stream(AgeBand.values()).map(Coded::code)).containsExactly("under_18", "18_24", "25_34",
                "35_44", "45_54", "55_64", "65_plus", "not_known");
        assertThat(Arrays.stream(Gender.values()).map(Coded::code))
                .containsExactly("female", "male", "non_binary", "other", "not_known");
        assertThat(Arrays.stream(EthnicGroup.values()).map(Coded::code))
                .containsExactly("asian", "black", "mixed", "white", "other", "not_stated");
        assertThat(Arrays.stream(RestraintPosition.values()).map(Coded::code))
                .containsExactly("prone", "supine", "seated", "standing", "kneeling", "other");
        assertThat(InterventionType.fromCode(" Rapid_Tranquillisation ")).contains(InterventionType.RAPID_TRANQUILLISATION);
        assertThat(AgeBand.fromCode("65_PLUS")).contains(AgeBand.AGE_65_PLUS);
        assertThat(Gender.fromCode("woman")).isEmpty();
        assertThat(EthnicGroup.fromCode(null)).isEmpty();
        assertThat(RestraintPosition.PRONE.label()).isEqualTo("Prone (face down)");
    }
}
