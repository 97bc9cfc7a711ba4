package org.rrhub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.rrhub.documents.testing.SampleFiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the edge does with awkward input over the API: control characters in JSON and form fields, a zip bomb
 * disguised as a DOCX, file names beyond ASCII, and patient identifiers written to slip past the extract check.
 */
@OnTheApplication
class InputEdgeIT {

    private static final String DETAILS = "{\"title\": \"%s\", \"kind\": \"POLICY\", \"owner\": \"%s\", "
            + "\"status\": \"DRAFT\", \"domains\": [\"PREVENTATIVE_MEASURES\"]}";

    @Test
    void aControlCharacterInAReviewGrantIsA400NamingTheFieldAndNothingIsGranted() {
        var provider = Fixtures.newTenant("Control Characters Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String from = LocalDate.now().toString();
        String until = LocalDate.now().plusMonths(1).toString();

        for (String reviewer : List.of("rrn\\u0000.reviewer", "rrn.reviewer\\u001b[2J", "rrn\\u0085.reviewer")) {
            var refused = Api.post("/api/v1/review-grants", admin, "{\"reviewer\": \"" + reviewer
                    + "\", \"validFrom\": \"" + from + "\", \"validUntil\": \"" + until + "\"}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(fields(refused)).containsExactly("reviewer");
            assertThat(refused.body()).contains("control character");
        }
        // Nested fields are named by their path; a member name counts too.
        var nested = Api.put("/api/v1/policy-coverage/40", admin, "{\"notApplicable\": \"none\\u0000\"}");
        assertThat(fields(nested)).containsExactly("notApplicable");
        var key = Api.post("/api/v1/review-grants", admin, "{\"reviewer\\u0000\": \"rrn.reviewer\"}");
        assertThat(fields(key)).containsExactly("reviewer");
        // Form bodies on the API are checked by the same filter.
        var form = Api.postForm("/api/v1/review-grants", admin, Map.of("reviewer", "rrn\u0000.reviewer"));
        assertThat(form.status()).isEqualTo(400);
        assertThat(fields(form)).containsExactly("reviewer");

        assertThat(Api.get("/api/v1/review-grants", admin).array()).isEmpty();
        // Tabs and line breaks are text: this one fails on the reviewer's name, not on its characters.
        var tab = Api.post("/api/v1/review-grants", admin, "{\"reviewer\": \"rrn.reviewer\\t\", \"validFrom\": \""
                + from + "\", \"validUntil\": \"" + until + "\"}");
        assertThat(tab.body()).doesNotContain("control character");
        assertThat(tab.status()).isLessThan(500);
    }

    @Test
    void aFourHundredMegabyteZipBombIsRefusedFastNamingTheFileAndTheLimit() throws Exception {
        var provider = Fixtures.newTenant("Zip Bomb Trust", "NHS_TRUST");
        byte[] bomb = SampleFiles.largeZipBombDocx(400);
        assertThat(bomb.length).isBetween(300 * 1024, 500 * 1024);

        long started = System.nanoTime();
        var refused = Api.multipart("/api/v1/documents", provider.adminToken(),
                Map.of("details", String.format(DETAILS, "Seclusion policy", provider.adminUsername())),
                "seclusion-policy.docx", bomb);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("A " + bomb.length / 1024 + " KB zip bomb inflating to 400 MB was refused in " + millis
                + " ms (status " + refused.status() + ")");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("file");
        assertThat(refused.body()).contains("more than 100 times its size");
        assertThat(millis).isLessThan(5_000);
        assertThat(Api.get("/api/v1/documents", provider.adminToken()).array()).isEmpty();
    }

    @Test
    void fileNamesBeyondAsciiAreKeptAndSentBackExactly() {
        var provider = Fixtures.newTenant("File Names Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String details = String.format(DETAILS, "R\u00e9sum\u00e9 of the policy", provider.adminUsername());

        // A plain filename="résumé.pdf" in UTF-8, as browsers and most clients send it.
        var plain = Api.multipart("/api/v1/documents", admin, Map.of("details", details), "r\u00e9sum\u00e9.pdf",
                SampleFiles.pdf("Seclusion review"));
        assertThat(plain.status()).as(plain.toString()).isEqualTo(201);
        assertThat(newestFileName(plain.object())).isEqualTo("r\u00e9sum\u00e9.pdf");

        // The RFC 6266 extended parameter, preferred over the ASCII fallback sent with it.
        var extended = multipartWithDisposition(admin, details, "form-data; name=\"file\"; filename=\"resume.pdf\"; "
                + "filename*=UTF-8''%E6%96%B9%E9%87%9D%20r%C3%A9sum%C3%A9.pdf");
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(201);
        JsonObject stored = jakarta.json.Json.createReader(new java.io.StringReader(extended.body())).readObject();
        assertThat(newestFileName(stored)).isEqualTo("\u65b9\u91dd r\u00e9sum\u00e9.pdf");

        JsonObject version = plain.object().getJsonArray("versions").getJsonObject(0);
        var download = Api.get("/api/v1/documents/" + plain.object().getString("id") + "/versions/"
                + version.getString("id") + "/file", admin, "*/*");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"r_sum_.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf");
    }

    @Test
    void anIncidentExtractWithIdentifiersWrittenToSlipPastTheCheckIsRefusedRowByRow() {
        var provider = Fixtures.newTenant("Identifier Forms Trust", "NHS_TRUST");
        String prefix = "IDF-" + UUID.randomUUID().toString().substring(0, 6);
        String extract = IncidentCsvSamples.incidents(List.of(
                new IncidentCsvSamples.Row(prefix + "-1").with(r -> r.ward = "943.476.5919"),
                new IncidentCsvSamples.Row(prefix + "-2").with(r -> r.ward = "943/476/5919"),
                new IncidentCsvSamples.Row(prefix + "-3").with(r -> r.ward = "\uff19\uff14\uff13\uff14\uff17\uff16"
                        + "\uff15\uff19\uff11\uff19"),
                new IncidentCsvSamples.Row(prefix + "-4").with(r -> r.ward = "943\u200b476\u200b5919"),
                new IncidentCsvSamples.Row(prefix + "-5").with(r -> r.ward = "9 4 3 4 7 6 5 9 1 9"),
                new IncidentCsvSamples.Row(prefix + "-6").with(r -> r.ward = "L S 1 4 A P"),
                new IncidentCsvSamples.Row(prefix + "-7").with(r -> r.ward = "j.smith \uff20 example.org"),
                // A spreadsheet's date is a date problem, never an NHS number (its digits 1403260028 would be one).
                new IncidentCsvSamples.Row(prefix + "-8").with(r -> r.startedAt = "14/03/26 00:28"),
                new IncidentCsvSamples.Row(prefix + "-9")));

        var refused = Api.postCsv("/api/v1/incidents/imports?kind=incidents&fileName=extract.csv",
                provider.adminToken(), extract);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        var problems = refused.object().getJsonArray("problems").stream().map(p -> p.asJsonObject())
                .map(p -> p.getJsonNumber("row").longValue() + "|" + p.getString("column") + "|"
                        + p.getString("message").substring(0, 30)).toList();
        assertThat(problems).containsExactly(
                "2|ward|This looks like an NHS number.",
                "3|ward|This looks like an NHS number.",
                "4|ward|This looks like an NHS number.",
                "5|ward|This looks like an NHS number.",
                "6|ward|This looks like an NHS number.",
                "7|ward|This looks like a postcode. Re",
                "8|ward|This looks like an e-mail addr",
                "9|started_at|'14/03/26 00:28' is not a date");
        assertThat(refused.body()).doesNotContain("5919", "4AP", "smith");
        assertThat(Api.get("/api/v1/incidents/imports", provider.adminToken()).body()).doesNotContain(prefix);

        // The template's rows, sent as an extract, are stored.
        var template = Api.get("/api/v1/incidents/templates/incidents", provider.adminToken(), "text/csv");
        assertThat(template.status()).isEqualTo(200);
        var stored = Api.postCsv("/api/v1/incidents/imports?kind=incidents&fileName=template.csv",
                provider.adminToken(), template.body());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(202);
    }

    private static String newestFileName(JsonObject document) {
        return document.getJsonArray("versions").getJsonObject(0).getString("fileName");
    }

    /** A multipart upload whose file part carries exactly the Content-Disposition given. */
    private static HttpResponse<String> multipartWithDisposition(String token, String details, String disposition) {
        String boundary = "----rrhub" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"details\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + details + "\r\n--" + boundary + "\r\nContent-Disposition: "
                + disposition + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(SampleFiles.pdf("Seclusion review, second"));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.base() + "/api/v1/documents"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fields(Api.Response problem) {
        return problem.object().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
    }
}
