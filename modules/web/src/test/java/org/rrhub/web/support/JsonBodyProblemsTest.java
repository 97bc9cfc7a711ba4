package org.rrhub.web.support;

import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.rrhub.core.api.FieldError;
import org.rrhub.documents.api.Approval;
import org.rrhub.documents.api.DocumentDetails;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodyProblemsTest {

    record Grant(String reviewer, LocalDate validFrom, LocalDate validUntil) {
    }

    record Change(Long version, DocumentDetails details) {
    }

    record Batch(List<Grant> grants, int count, boolean urgent) {
    }

    @Test
    void aDateThatIsNotADateIsNamedWithAnExample() {
        String json = "{\"reviewer\":\"rrn.reviewer\",\"validFrom\":\"2026-04-01\",\"validUntil\":\"31/03/2027\"}";
        assertThatThrownBy(() -> JsonbBuilder.create().fromJson(json, Grant.class)).isInstanceOf(JsonbException.class);

        assertThat(JsonBodyProblems.of(json, Grant.class, ""))
                .containsExactly(new FieldError("validUntil", "Expected a date such as 2027-03-31."));
    }

    @Test
    void anUnknownEnumValueIsNamedWithTheAllowedValues() {
        String json = "{\"title\":\"Policy\",\"kind\":\"MEMO\",\"status\":\"DRAFT\"}";

        List<FieldError> errors = JsonBodyProblems.of(json, DocumentDetails.class, "details");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).field()).isEqualTo("details.kind");
        assertThat(errors.get(0).message()).startsWith("Expected one of BOARD_STRATEGY, POLICY, PROCEDURE")
                .contains("TRAINING_NEEDS_ANALYSIS");
    }

    @Test
    void nestedObjectsAndListsAreNamedByTheirPath() {
        String json = "{\"version\":\"three\",\"details\":{\"kind\":\"POLICY\",\"domains\":[\"NOPE\"],"
                + "\"nextReviewDate\":20270331}}";

        List<FieldError> errors = JsonBodyProblems.of(json, Change.class, "");

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("version", "details.domains[0]", "details.nextReviewDate");
        assertThat(errors.get(0).message()).isEqualTo("Expected a whole number.");
        assertThat(errors.get(2).message()).isEqualTo("Expected a date such as 2027-03-31.");
    }

    @Test
    void wrongTypesOfEveryKindAreNamed() {
        // Only what JSON-B itself refuses: Yasson reads 1.5 as 1 and "yes" as false, which binds.
        String json = "{\"grants\":{\"reviewer\":\"x\"},\"count\":\"many\",\"urgent\":[true]}";

        assertThat(JsonBodyProblems.of(json, Batch.class, ""))
                .containsExactly(
                        new FieldError("grants", "Expected a list, each item an object."),
                        new FieldError("count", "Expected a whole number."),
                        new FieldError("urgent", "Expected true or false."));
        assertThat(JsonBodyProblems.of("{\"reviewer\":42}", Grant.class, ""))
                .containsExactly(new FieldError("reviewer", "Expected text (a JSON string)."));
        assertThat(JsonBodyProblems.of("{\"approvedOn\":\"2026-01-01\",\"livedExperienceInvolved\":null}",
                Approval.class, "")).containsExactly(new FieldError("livedExperienceInvolved", "Expected true or false."));
    }

    @Test
    void aBodyThatIsNotJsonOrNotAnObjectSaysSo() {
        assertThat(JsonBodyProblems.of("{\"reviewer\": ", Grant.class, "").get(0))
                .satisfies(e -> assertThat(e.field()).isEqualTo("body"))
                .satisfies(e -> assertThat(e.message()).startsWith("Not valid JSON (line 1, column"));
        assertThat(JsonBodyProblems.of("[1,2]", Grant.class, ""))
                .containsExactly(new FieldError("body", "Expected an object."));
        assertThat(JsonBodyProblems.of("", Grant.class, "details"))
                .containsExactly(new FieldError("details", "Send an object in JSON."));
    }

    @Test
    void aBodyNestedBeyondTheParsersLimitIsNamedNotAFailure() {
        String deep = "[".repeat(5_000);

        assertThat(JsonBodyProblems.of(deep, Grant.class, "")).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("body"))
                .satisfies(e -> assertThat(e.message()).startsWith("Not valid JSON"));
    }
}
