package org.rrhub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body of the wrong shape is answered with a 400 problem+json naming each field and what was expected,
 * whether it is a whole request body (bound by JAX-RS) or the JSON part of a multipart upload; nothing is stored.
 */
@OnTheApplication
class JsonBodyErrorsIT {

    @Test
    void aDateThatIsNotADateIsNamedWithAnExample() {
        var tenant = Fixtures.newTenant("Json Dates Trust", "NHS_TRUST");
        var answer = Api.post("/api/v1/review-grants", tenant.adminToken(),
                "{\"reviewer\":\"rrn.reviewer\",\"validFrom\":\"2026-04-01\",\"validUntil\":\"31/03/2027\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(errors(answer)).containsExactly(Map.entry("validUntil", "Expected a date such as 2027-03-31."));
        assertThat(Api.get("/api/v1/review-grants", tenant.adminToken()).array()).isEmpty();
    }

    @Test
    void wrongTypesAreNamedEachWithWhatWasExpected() {
        var tenant = Fixtures.newTenant("Json Types Trust", "NHS_TRUST");
        var answer = Api.post("/api/v1/wards", tenant.adminToken(),
                "{\"name\":[\"Oak\"],\"service\":\"Rehab\",\"beds\":\"twelve\"}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(errors(answer)).containsExactly(Map.entry("name", "Expected text (a JSON string)."),
                Map.entry("beds", "Expected a whole number."));
        assertThat(Api.get("/api/v1/wards", tenant.adminToken()).array()).isEmpty();
    }

    @Test
    void anUnknownEnumValueIsNamedWithTheAllowedValuesInABodyAndInAMultipartJsonPart() {
        var tenant = Fixtures.newTenant("Json Kinds Trust", "NHS_TRUST");
        String details = Json.createObjectBuilder().add("title", "Memo").add("kind", "MEMO")
                .add("owner", tenant.adminUsername()).add("status", "DRAFT").build().toString();
        var upload = Api.multipart("/api/v1/documents", tenant.adminToken(), Map.of("details", details),
                "memo.txt", "A memo".getBytes(StandardCharsets.UTF_8));

        assertThat(upload.status()).as(upload.toString()).isEqualTo(400);
        var kind = errors(upload);
        assertThat(kind).containsOnlyKeys("details.kind");
        assertThat(kind.get("details.kind")).startsWith("Expected one of BOARD_STRATEGY, POLICY,")
                .contains("TRAINING_NEEDS_ANALYSIS");

        String id = Fixtures.approvedPolicy(tenant, "Restrictive practice policy", "Text of the policy.");
        var change = Api.put("/api/v1/documents/" + id, tenant.adminToken(),
                "{\"version\":1,\"details\":{\"title\":\"Policy\",\"kind\":\"LEAFLET\",\"nextReviewDate\":\"soon\"}}");
        assertThat(change.status()).as(change.toString()).isEqualTo(400);
        assertThat(errors(change)).containsOnlyKeys("details.kind", "details.nextReviewDate")
                .containsEntry("details.nextReviewDate", "Expected a date such as 2027-03-31.");
        assertThat(Api.get("/api/v1/documents/" + id, tenant.adminToken()).object().getJsonObject("details")
                .getString("title")).isEqualTo("Restrictive practice policy");
    }

    @Test
    void aBodyThatIsNotJsonSaysWhereItBreaks() {
        var tenant = Fixtures.newTenant("Json Syntax Trust", "NHS_TRUST");
        var answer = Api.post("/api/v1/wards", tenant.adminToken(), "{\"name\": \"Oak\", ");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(errors(answer)).containsOnlyKeys("body");
        assertThat(errors(answer).get("body")).startsWith("Not valid JSON (line 1, column");
        // Too short for the parser to tell its encoding, empty, or nested beyond the parser's limit: named too.
        for (String body : new String[] {"{", "", "[".repeat(5_000)}) {
            var refused = Api.post("/api/v1/wards", tenant.adminToken(), body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(errors(refused)).containsOnlyKeys("body");
        }
    }

    private static Map<String, String> errors(Api.Response answer) {
        JsonObject problem = answer.object();
        List<JsonObject> errors = problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject).toList();
        var byField = new java.util.LinkedHashMap<String, String>();
        errors.forEach(e -> byField.put(e.getString("field"), e.getString("message")));
        return byField;
    }
}
