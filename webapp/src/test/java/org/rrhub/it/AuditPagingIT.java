package org.rrhub.it;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/audit} is paged newest first with an opaque cursor in a {@code Link: rel="next"} header, so a
 * platform admin can read back as far as the log goes; a limit out of range, not a number, or a cursor the service
 * did not give out is a 400 problem+json naming the parameter.
 */
@OnTheApplication
class AuditPagingIT {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    /** More than a default page of entries, whatever ran before: each refused call writes one (ACCESS_DENIED). */
    @BeforeAll
    static void aLogOfSomeLength() {
        String provider = TestKeycloak.token("northfield.viewer", "demo-northfield-3");
        for (int i = 0; i < 60; i++) {
            assertThat(Api.get("/api/v1/audit", provider).status()).isEqualTo(403);
        }
    }

    @Test
    void pagesFollowOneAnotherNewestFirstWithoutGapsOrRepeats() {
        String admin = Fixtures.platformAdminToken();
        List<Long> onePage = sequences(Api.get("/api/v1/audit?limit=12", admin));
        assertThat(onePage).hasSize(12);

        List<Long> walked = new ArrayList<>();
        String next = "/api/v1/audit?limit=5";
        for (int page = 0; page < 3; page++) {
            var answer = Api.get(next, admin);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            List<Long> sequences = sequences(answer);
            assertThat(sequences).hasSize(5);
            walked.addAll(sequences);
            next = nextLink(answer.header("Link"));
            assertThat(next).doesNotContain("sequence").contains("limit=5").contains("cursor=");
        }
        // The first 12 of 15 walked are the 12 of one page (entries written meanwhile would only be newer).
        assertThat(walked.subList(0, 12)).containsExactlyElementsOf(onePage.subList(0, 12));
        assertThat(walked).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
    }

    @Test
    void thePageWithTheOldestEntryHasNoNextLink() {
        String admin = Fixtures.platformAdminToken();
        var newest = Api.get("/api/v1/audit?limit=1", admin);
        long sequence = sequences(newest).get(0);
        // Walk to the end in the largest pages: a test run writes a few thousand entries at most.
        String next = "/api/v1/audit?limit=500";
        long oldest = Long.MAX_VALUE;
        int pages = 0;
        while (next != null && pages < 100) {
            var answer = Api.get(next, admin);
            assertThat(answer.status()).isEqualTo(200);
            List<Long> page = sequences(answer);
            oldest = page.isEmpty() ? oldest : page.get(page.size() - 1);
            next = answer.header("Link") == null ? null : nextLink(answer.header("Link"));
            pages++;
        }
        assertThat(next).isNull();
        assertThat(oldest).isLessThan(sequence);
    }

    @Test
    void aLimitOutOfRangeOrNotANumberIsRefusedByName() {
        String admin = Fixtures.platformAdminToken();
        for (String limit : new String[] {"0", "501", "-3", "ten", "2.5", "99999999999"}) {
            var answer = Api.get("/api/v1/audit?limit=" + limit, admin);
            assertThat(answer.status()).as(limit + " -> " + answer).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            var error = answer.object().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("limit");
            assertThat(error.getString("message")).contains("1 to 500");
        }
        assertThat(sequences(Api.get("/api/v1/audit", admin))).hasSize(50);
        assertThat(Api.get("/api/v1/audit?limit=500", admin).status()).isEqualTo(200);
    }

    @Test
    void aCursorTheServiceDidNotGiveOutIsRefusedByName() {
        String admin = Fixtures.platformAdminToken();
        for (String cursor : new String[] {"garbage", "12345", "YmVmb3JlOi0x", "%00"}) {
            var answer = Api.get("/api/v1/audit?cursor=" + cursor, admin);
            assertThat(answer.status()).as(cursor + " -> " + answer).isEqualTo(400);
            assertThat(answer.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("cursor");
        }
    }

    @Test
    void onlyPlatformAdminsReadTheLogAndTheOpenApiDocumentSaysHowItIsPaged() {
        var tenant = Fixtures.newTenant("Audit Reader Trust", "NHS_TRUST");
        assertThat(Api.get("/api/v1/audit", tenant.adminToken()).status()).isEqualTo(403);
        var openapi = Api.get("/openapi", null, "application/json");
        assertThat(openapi.status()).isEqualTo(200);
        var audit = openapi.object().getJsonObject("paths").getJsonObject("/api/v1/audit").getJsonObject("get");
        var parameters = audit.getJsonArray("parameters").stream().map(JsonValue::asJsonObject).toList();
        var limit = parameters.stream().filter(p -> p.getString("name").equals("limit")).findFirst().orElseThrow();
        assertThat(limit.getJsonObject("schema").getInt("maximum")).isEqualTo(500);
        assertThat(limit.getJsonObject("schema").getString("default", null) == null
                ? limit.getJsonObject("schema").getInt("default") : Integer.parseInt(
                limit.getJsonObject("schema").getString("default"))).isEqualTo(50);
        assertThat(parameters).anySatisfy(p -> assertThat(p.getString("name")).isEqualTo("cursor"));
        assertThat(audit.getJsonObject("responses").getJsonObject("200").getJsonObject("headers")
                .containsKey("Link")).isTrue();
        assertThat(audit.getJsonObject("responses").containsKey("400")).isTrue();
    }

    private static List<Long> sequences(Api.Response answer) {
        return answer.array().stream().map(e -> e.asJsonObject().getJsonNumber("sequence").longValue()).toList();
    }

    private static String nextLink(String link) {
        Matcher m = NEXT.matcher(link == null ? "" : link);
        assertThat(m.find()).as("a next link in " + link).isTrue();
        return java.net.URI.create(m.group(1)).getRawPath() + "?" + java.net.URI.create(m.group(1)).getRawQuery();
    }
}
