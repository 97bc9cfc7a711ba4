package org.rrhub.incidents.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierCheckTest {

    @Test
    void theModulus11CheckDigitDecides() {
        // 9 4 3 4 7 6 5 9 1 weighted 10..2: 90+36+24+28+42+30+20+27+2 = 299; 299 mod 11 = 2; 11 - 2 = 9 = last digit.
        assertThat(IdentifierCheck.isValidNhsNumber("9434765919")).isTrue();
        assertThat(IdentifierCheck.isValidNhsNumber("943 476 5919")).isTrue();
        assertThat(IdentifierCheck.isValidNhsNumber("9434765918")).isFalse();
        // 4 0 1 0 2 3 2 1 3 weighted: 40+0+8+0+12+15+8+3+6 = 92; 92 mod 11 = 4; 11 - 4 = 7.
        assertThat(IdentifierCheck.isValidNhsNumber("4010232137")).isTrue();
        // 1 0 0 0 0 0 0 0 1 weighted: 10+2 = 12; 12 mod 11 = 1; 11 - 1 = 10: no valid check digit exists.
        for (int last = 0; last <= 9; last++) {
            assertThat(IdentifierCheck.isValidNhsNumber("100000001" + last)).isFalse();
        }
        assertThat(IdentifierCheck.isValidNhsNumber("943476591")).as("nine digits").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "REF-9434765919", "nhs 9434765919 seen",
            "INC-943 476 5919"})
    void validNhsNumbersAreRefusedAloneGroupedOrEmbedded(String value) {
        assertThat(IdentifierCheck.inValue(value)).contains(IdentifierKind.NHS_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "943 476 5918", "REF-9434765918", "94347659190", "2026-03-14T09:30",
            "2026-03-14 09:30:00", "943 4765 919", "INC-2026-000123", "12345"})
    void numbersThatAreNotValidNhsNumbersAreAccepted(String value) {
        assertThat(IdentifierCheck.inValue(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mr Smith", "Mrs J. Smith", "Ms Patel", "Miss Jones", "Mx Taylor", "Dr Okafor",
            "seen by dr. khan", "MR SMITH", "Mr.Smith"})
    void namesWithATitleAreRefused(String value) {
        assertThat(IdentifierCheck.inValue(value)).contains(IdentifierKind.NAME_WITH_TITLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Summer Ward", "Adult Mental Health", "Mississippi Unit", "Drayton Ward", "Mr",
            "Smithfield House", "Armstrong Unit", "Oak Ward", "physical_restraint"})
    void wordsThatOnlyContainATitleAreAccepted(String value) {
        assertThat(IdentifierCheck.inValue(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"j.smith@example.org", "contact: a_b+c@nhs.net please"})
    void emailAddressesAreRefused(String value) {
        assertThat(IdentifierCheck.inValue(value)).contains(IdentifierKind.EMAIL_ADDRESS);
    }

    @Test
    void anAtSignAloneIsNotAnEmailAddress() {
        assertThat(IdentifierCheck.inValue("Ward @ night")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LS1 4AP", "SW1A 1AA", "ls14ap", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT",
            "near EC1A 1BB today"})
    void postcodesAreRefused(String value) {
        assertThat(IdentifierCheck.inValue(value)).contains(IdentifierKind.POSTCODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ward 12", "65_plus", "18_24", "LS1", "Unit 3B", "Q1 2AB"})
    void valuesThatAreNotPostcodesAreAccepted(String value) {
        assertThat(IdentifierCheck.inValue(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "patient_name", "First Name", "surname", "nhs_number", "NHS No", "nhs_no", "dob",
            "Date of birth", "address", "postcode", "mrn", "hospital_number", "patient_surname", "email"})
    void columnNamesThatNameIdentifiersAreRefused(String header) {
        assertThat(IdentifierCheck.inColumnName(header)).contains(IdentifierKind.IDENTIFIER_COLUMN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"external_reference", "ward", "service", "started_at", "age_band", "ethnic_group",
            "medical_review_at", "views_sought_at", "ward_name", "notes"})
    void ordinaryColumnNamesAreAccepted(String header) {
        assertThat(IdentifierCheck.inColumnName(header)).isEmpty();
    }

    @Test
    void aHeaderCellThatIsDataIsCheckedAsAValue() {
        assertThat(IdentifierCheck.inColumnName("943 476 5919")).contains(IdentifierKind.NHS_NUMBER);
    }

    @Test
    void messagesSayWhatWasSeenAndNeverTheValue() {
        for (IdentifierKind kind : IdentifierKind.values()) {
            assertThat(kind.message()).endsWith("Remove patient identifiers from the extract: this service holds "
                    + "anonymised data only.");
        }
        assertThat(IdentifierCheck.inValue(null)).isEqualTo(Optional.empty());
    }
}
