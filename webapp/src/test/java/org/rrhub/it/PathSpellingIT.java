package org.rrhub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API never takes the browser session, however its path is spelled: with a real session cookie (signed in
 * through Keycloak's login form), path parameters ({@code ;} and {@code %3B}) in any segment, {@code //api},
 * {@code /./api}, {@code /api/../api} and upper case never reach the API's data; oddly written addresses are
 * refused with a 400 problem+json naming the path, before any rule reads them, with the security headers still on.
 */
@OnTheApplication
class PathSpellingIT {

    private static BrowserSessions.Session northfieldAdmin;

    @BeforeAll
    static void signIn() {
        northfieldAdmin = BrowserSessions.signIn("northfield.admin", "demo-northfield-1");
    }

    @Test
    void theSessionWorksForPagesAndNeverForTheApiAsPlainlyWritten() {
        assertThat(RawHttp.get("/dashboard", northfieldAdmin.header()).status()).isEqualTo(200);
        var me = RawHttp.get("/api/v1/me", northfieldAdmin.header());
        assertThat(me.status()).as(me.toString()).isEqualTo(401);
        assertThat(me.header("Content-Type")).startsWith("application/problem+json");
        assertThat(RawHttp.get("/api/v1/documents", northfieldAdmin.header()).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api;x=1/v1/documents", "/api;/v1/plans", "/api;x/v1/search?q=restraint", "/api;x/v1/people",
            "/api/v1;x/documents", "/api/v1/documents;x", "/api;x=1/v1/me",
            "/api%3Bx/v1/documents", "/api%3bx=1/v1/plans", "/api/v1%3B/people", "/api/v1/search%3Bq?q=restraint",
            "//api/v1/documents", "/api//v1/plans", "/./api/v1/documents", "/api/./v1/people",
            "/api/../api/v1/documents", "/x/../api/v1/plans", "/api/v1/x/../people",
            "/api/%2e%2e/api/v1/documents", "/api%2Fv1/documents"})
    void anOddlyWrittenApiPathIsRefusedEvenWithASessionCookie(String target) {
        var answer = RawHttp.get(target, northfieldAdmin.header());

        assertThat(answer.status()).as(target + " -> " + answer).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        JsonObject problem = json(answer.body());
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("path");
        assertThat(answer.body()).doesNotContain("Northfield").doesNotContain("northfield.admin");
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** The container itself takes a session id out of the path; the API still never sees a session. */
    @Test
    void aSessionIdInThePathIsNoSessionForTheApi() {
        var answer = RawHttp.get("/api/v1/plans;jsessionid=" + northfieldAdmin.cookie(), Map.of());
        assertThat(answer.status()).as(answer.toString()).isIn(400, 401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(RawHttp.get("/api/v1/plans;jsessionid=1", northfieldAdmin.header()).status()).isIn(400, 401);
    }

    /** An encoded separator never reaches a file outside /assets, whichever rule stops it. */
    @Test
    void encodedSeparatorsNeverReachTheApplicationsOwnFiles() {
        for (String target : new String[] {"/assets/..%2fWEB-INF/web.xml", "/assets/..%2FWEB-INF%2Fweb.xml",
                "/assets/%2e%2e/WEB-INF/web.xml", "/assets/..%5cWEB-INF%5cweb.xml"}) {
            var answer = RawHttp.get(target, northfieldAdmin.header());
            assertThat(answer.status()).as(target + " -> " + answer).isIn(400, 404);
            assertThat(answer.body()).doesNotContain("<web-app").doesNotContain("filter-class");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/API/v1/documents", "/Api/v1/plans", "/aPi/v1/people", "/API/v1/me"})
    void theApiInUpperCaseIsNeverServedWithTheSession(String target) {
        var answer = RawHttp.get(target, northfieldAdmin.header());

        assertThat(answer.status()).as(target + " -> " + answer).isIn(401, 404);
        // Recognised as the API by every rule: problem+json, never a page or a redirect to sign-in.
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Northfield");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard;x", "/documents%3Bx", "//dashboard", "/./dashboard", "/x/../dashboard",
            "/assets/./rrhub.js", "/assets;x/rrhub.js"})
    void oddlyWrittenPagesAndAssetsAreRefusedToo(String target) {
        var answer = RawHttp.get(target, northfieldAdmin.header());

        assertThat(answer.status()).as(target + " -> " + answer).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("<web-app");
    }

    @Test
    void aStateChangingRequestWithAnOddPathAndTheSessionIsRefusedBeforeCsrfOrTheApiCouldBeFooled() {
        Map<String, String> headers = new HashMap<>(northfieldAdmin.header());
        headers.put("Content-Type", "application/json");
        String ward = Fixtures.wardJson("Path Ward", "Adult acute", 4);
        for (String target : new String[] {"/api;x/v1/wards", "/api%3B/v1/wards", "//api/v1/wards", "/./api/v1/wards"}) {
            var answer = RawHttp.send("POST", target, headers, ward);
            assertThat(answer.status()).as(target + " -> " + answer).isEqualTo(400);
        }
        var plain = RawHttp.send("POST", "/api/v1/wards", headers, ward);
        assertThat(plain.status()).as(plain.toString()).isEqualTo(401);
        String token = TestKeycloak.token("northfield.viewer", "demo-northfield-3");
        assertThat(Api.get("/api/v1/wards", token).array().stream()
                .map(w -> w.asJsonObject().getString("name"))).doesNotContain("Path Ward");
    }

    @Test
    void aBearerTokenDoesNotMakeAnOddPathAcceptable() {
        String token = TestKeycloak.token("northfield.viewer", "demo-northfield-3");
        var odd = RawHttp.get("/api;x/v1/me", Map.of("Authorization", "Bearer " + token));
        assertThat(odd.status()).as(odd.toString()).isEqualTo(400);
        var plain = RawHttp.get("/api/v1/me", Map.of("Authorization", "Bearer " + token));
        assertThat(plain.status()).as(plain.toString()).isEqualTo(200);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
