package org.rrhub.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused extract is kept as a REFUSED import with its problems by row and column, worded without the file's
 * values, for its own provider only; the upload's 422 is what it was.
 */
@OnTheApplication
class RefusedImportsIT {

    private static List<JsonObject> objects(jakarta.json.JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> places(jakarta.json.JsonArray problems) {
        return objects(problems).stream().map(p -> p.getInt("row") + ":" + p.getString("column")).toList();
    }

    private static JsonObject latestRefused(String token) {
        return objects(Api.get("/api/v1/incidents/imports", token).array()).stream()
                .filter(i -> i.getString("state").equals("REFUSED")).findFirst().orElseThrow();
    }

    @Test
    void aRefusedExtractIsKeptWithItsProblemsWithoutItsValuesForItsProviderOnly() {
        var provider = Fixtures.newTenant("Refusal Record Trust", "NHS_TRUST");
        var other = Fixtures.newTenant("Refusal Other Trust", "NHS_TRUST");
        String bad = IncidentCsvSamples.incidents(List.of(
                new IncidentCsvSamples.Row("RR-1"),
                new IncidentCsvSamples.Row("RR-2").with(r -> r.startedAt = "14/09/2026 10:15"),
                new IncidentCsvSamples.Row("RR-3").with(r -> r.type = "hold"),
                new IncidentCsvSamples.Row("RR-4").with(r -> r.ward = "943 476 5919"),
                new IncidentCsvSamples.Row("RR-1")));

        var response = Api.postCsv("/api/v1/incidents/imports?kind=incidents&fileName=nightly.csv",
                provider.adminToken(), bad);
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        JsonObject rejected = response.object();
        assertThat(rejected.keySet()).as("the 422 as it was")
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "problemCount", "problems");
        assertThat(objects(rejected.getJsonArray("problems")).get(0).keySet())
                .containsExactlyInAnyOrder("row", "column", "message");
        assertThat(places(rejected.getJsonArray("problems")))
                .containsExactly("3:started_at", "4:type", "5:ward", "6:external_reference");
        assertThat(response.body()).contains("'hold' is not a type of intervention", "'14/09/2026 10:15'",
                "The reference 'RR-1' is already used in row 2");

        JsonObject listed = latestRefused(provider.adminToken());
        assertThat(listed.getString("fileName")).isEqualTo("nightly.csv");
        assertThat(listed.getInt("problemCount")).isEqualTo(4);
        assertThat(listed.getInt("rowsTotal")).isEqualTo(5);
        assertThat(listed.getString("startedBy")).isEqualTo(provider.adminUsername());
        assertThat(listed.containsKey("startedAt")).isTrue();
        assertThat(listed.containsKey("problems")).as("a list leaves the problems out").isFalse();

        String path = "/api/v1/incidents/imports/" + listed.getString("id");
        String viewer = Fixtures.addPerson(provider, "provider-viewer").token();
        var kept = Api.get(path, viewer);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        JsonObject refused = kept.object();
        assertThat(refused.getString("state")).isEqualTo("REFUSED");
        assertThat(refused.getInt("rowsDone")).as("nothing of it stored").isZero();
        assertThat(places(refused.getJsonArray("problems"))).as("the same places as at upload")
                .isEqualTo(places(rejected.getJsonArray("problems")));
        assertThat(kept.body()).contains("This value is not a type of intervention",
                        "This reference is already used in row 2", "This looks like an NHS number")
                .doesNotContain("'hold'", "14/09/2026", "943", "RR-1");
        assertThat(Api.get("/api/v1/incidents/insight?from=2026-09&to=2026-09", provider.adminToken()).object()
                .getJsonObject("overall").getInt("count")).isZero();

        assertThat(Api.get(path, other.adminToken()).status()).as("another provider's refusal").isEqualTo(404);
        assertThat(Api.get("/api/v1/incidents/imports", other.adminToken()).body())
                .doesNotContain(listed.getString("id"));
        assertThat(Api.get("/incidents/imports/" + listed.getString("id"), other.adminToken(), "text/html")
                .status()).isIn(302, 303, 401, 404);
    }

    @Test
    void theFirstThousandProblemsAreKeptAndAllAreCounted() {
        var provider = Fixtures.newTenant("Refusal Volume Trust", "NHS_TRUST");
        List<IncidentCsvSamples.Row> rows = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            rows.add(new IncidentCsvSamples.Row("RV-" + i).with(r -> { r.type = "hold"; r.gender = "f"; }));
        }
        var response = Api.postCsv("/api/v1/incidents/imports?kind=incidents", provider.adminToken(),
                IncidentCsvSamples.incidents(rows));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.object().getInt("problemCount")).isEqualTo(1400);

        JsonObject refused = Api.get("/api/v1/incidents/imports/" + latestRefused(provider.adminToken())
                .getString("id"), provider.adminToken()).object();
        assertThat(refused.getInt("problemCount")).isEqualTo(1400);
        assertThat(refused.getString("fileName")).isEqualTo("extract.csv");
        List<String> places = places(refused.getJsonArray("problems"));
        assertThat(places).hasSize(1000);
        assertThat(places.get(0)).isEqualTo("2:type");
        assertThat(places.get(999)).isEqualTo("501:gender");
    }

    @Test
    @Tag("browser")
    void aRefusalLeadsToItsPageInTheUploadHistory() throws Exception {
        var provider = Fixtures.newTenant("Refusal Page Trust", "NHS_TRUST");
        try (Browser browser = new Browser()) {
            browser.open("/incidents/import");
            browser.signInAtKeycloak(provider.adminUsername(), provider.adminPassword());
            browser.waitForUrl("/incidents/import");
            java.nio.file.Path bad = java.nio.file.Files.createTempFile("refused", ".csv");
            java.nio.file.Files.writeString(bad, IncidentCsvSamples.INCIDENT_HEADER + ",nhs_number\r\n"
                    + new IncidentCsvSamples.Row("RP-1").with(r -> r.type = "hold").csv() + ",943 476 5919\r\n");
            browser.driver.findElement(By.cssSelector("label[for='kind-incidents']")).click();
            browser.driver.findElement(By.id("file")).sendKeys(bad.toString());
            browser.driver.findElement(By.id("upload")).click();
            assertThat(browser.find(By.id("file-error")).getText()).contains("3 problems");
            assertThat(browser.find(By.id("recent-imports")).getText()).contains("Refused: nothing was stored")
                    .contains(provider.adminUsername());

            browser.find(By.id("refused-import")).click();
            browser.waitForUrl("/incidents/imports/");
            assertThat(browser.find(By.id("import-refused")).getText()).contains("3 problems were found");
            assertThat(browser.find(By.id("problems")).getText()).contains("nhs_number").contains("type")
                    .contains("This value is not a type of intervention").doesNotContain("'hold'")
                    .doesNotContain("5919");
            browser.screenshot("incident-import-refused");
            browser.assertAccessible();
        }
    }
}
