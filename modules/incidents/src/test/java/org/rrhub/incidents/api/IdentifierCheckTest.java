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
            "2026-03-14 09:30:00", "943 4765 91", "INC-2026-000123", "12345"})
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

    /** Ways of writing 943 476 5919 that a reader sees as the same number. */
    @ParameterizedTest
    @ValueSource(strings = {"943.476.5919", "943/476/5919", "9 4 3 4 7 6 5 9 1 9",
            "\uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19", "943\u200b476\u200b5919",
            "94347\u200b65919", "943\u00a0476\u00a05919", "943 - 476 - 5919", "943_476_5919", "943,476,5919",
            "(943) 476 5919", "943\u2013476\u20135919", "\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669",
            "9434\u00ad765919", "943\u3000476\u30005919", "REF 943.476.5919", "INC-2026-943-476-5919",
            "943 4765 919", "94 34 76 59 19", "\u2066943 476 5919\u2069"})
    void nhsNumbersAreRefusedHoweverTheyAreWritten(String value) {
        assertThat(IdentifierCheck.inValue(value)).contains(IdentifierKind.NHS_NUMBER);
    }

    /** Dates and times are read as dates before digits are grouped: their ten digits are not an NHS number. */
    @ParameterizedTest
    @ValueSource(strings = {"14/03/26 10:15", "14/03/26 00:28", "14.03.26 00.28", "14-03-26 00:28", "3/14/26 00:28",
            "2026-03-14 00:17:00", "2026/03/14 00:17:00", "14/03/2026 00:17:00", "seen 2026-03-14 00:17:00 on Oak",
            "2026-03-14T00:17:00", "00:28 14/03/26", "1403260028 is not", "INC-2026-000123", "INC-0000001",
            "2026-000123", "INC/2026/000123"})
    void datesTimesAndReferencesAreNotNhsNumbers(String value) {
        if (value.startsWith("1403260028")) {
            // The same digits not written as a date are a valid NHS number: the dates above are only safe as dates.
            assertThat(IdentifierCheck.inValue(value)).contains(IdentifierKind.NHS_NUMBER);
        } else {
            assertThat(IdentifierCheck.inValue(value)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"j.smith @ example.org", "j.smith@ example.org", "j . smith @ example . org",
            "j.smith\uff20example.org", "\uff4a.\uff53\uff4d\uff49\uff54\uff48@example.org",
            "j.smith@exa\u200bmple.org", "j.sm\u200bith@example.org", "j.smith(at)example.org",
            "j.smith [at] nhs.net", "j.smith\u00a0@\u00a0nhs.net"})
    void emailAddressesAreRefusedHoweverTheyAreSpaced(String value) {
        assertThat(IdentifierCheck.inValue(value)).contains(IdentifierKind.EMAIL_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LS1  4AP", "LS1\t4AP", "LS1\u00a04AP", "LS1\u20094AP", "LS1\u200b4AP",
            "\uff2c\uff33\uff11 \uff14\uff21\uff30", "L S 1 4 A P", "LS1 4 A P", "S W 1 A 1 A A", "ls1\u00ad4ap"})
    void postcodesAreRefusedHoweverTheyAreSpaced(String value) {
        assertThat(IdentifierCheck.inValue(value)).contains(IdentifierKind.POSTCODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uff2d\uff52 Smith", "Mr\u00a0Smith", "M\u200br Smith", "Dr\u3000Okafor"})
    void namesWithATitleAreRefusedHoweverTheyAreTyped(String value) {
        assertThat(IdentifierCheck.inValue(value)).contains(IdentifierKind.NAME_WITH_TITLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oak Ward", "Caf\u00e9 Unit", "25_34", "12", "1,000,000", "Ward @ night",
            "Unit 3 B", "Adult Mental Health", "\u00c9cole Ward", "physical_restraint", "09:30", "2026-03"})
    void ordinaryValuesStayAccepted(String value) {
        assertThat(IdentifierCheck.inValue(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sur\u200bname", "\uff4e\uff48\uff53_number", "post\u00adcode", "\uff44\uff4f\uff42"})
    void columnNamesAreReadNormalisedToo(String header) {
        assertThat(IdentifierCheck.inColumnName(header)).contains(IdentifierKind.IDENTIFIER_COLUMN);
    }

    @Test
    void theCheckDigitIsFoundThroughAnyPunctuation() {
        assertThat(IdentifierCheck.isValidNhsNumber("943.476.5919")).isTrue();
        assertThat(IdentifierCheck.isValidNhsNumber("\uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19"))
                .isTrue();
        assertThat(IdentifierCheck.isValidNhsNumber("943.476.5918")).isFalse();
    }
}
