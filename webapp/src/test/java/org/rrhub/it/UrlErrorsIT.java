package org.rrhub.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A URL with {@code %00} or bytes that are not UTF-8: a 400 problem+json naming the parameter wherever the
 * application gets to answer (the query), and in the path exactly what docs/architecture.md says the HTTP
 * listener sends, as for request lines and headers that are too long.
 */
@OnTheApplication
class UrlErrorsIT {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/search?q=%00", "/api/v1/search?q=a%C0%AEb", "/api/v1/search?q=%FF",
            "/api/v1/search?q=ok&sector=%1B", "/search?q=%00", "/search?q=%E0%80%AF"})
    void aQueryParameterWithANulOrOverLongUtf8IsNamedInAProblem(String target) {
        String token = TestKeycloak.token("cqc.inspector", "demo-inspector-1");
        var answer = RawHttp.get(target, Map.of("Authorization", "Bearer " + token));

        assertThat(answer.status()).as(target + " -> " + answer).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        String field = target.contains("sector=") ? "sector" : "q";
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void textWithTabsAndLineBreaksAndAnyLanguageStillPasses() {
        String token = TestKeycloak.token("northfield.viewer", "demo-northfield-3");
        var answer = RawHttp.get("/api/v1/search?q=caf%C3%A9%09restraint%0A", Map.of("Authorization", "Bearer " + token));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    /** Refused by the HTTP listener before the application runs: no body, documented as such. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/documents/%00", "/api/v1/%C0%AE%C0%AE/me", "/dashboard/%FF",
            "/api/v1/plans/a%5Cb", "/api/v1/documents/%E0%80%AF"})
    void aPathWithANulOrOverLongUtf8GetsTheListenersOwn400(String target) {
        var answer = RawHttp.get(target, Map.of());

        assertThat(answer.status()).as(target + " -> " + answer).isEqualTo(400);
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void requestLinesAndHeadersBeyondTheListenersLimitsGetItsOwn400() {
        assertThat(RawHttp.get("/api/v1/me?x=" + "a".repeat(7_000), Map.of()).status()).isEqualTo(401);
        var longLine = RawHttp.get("/api/v1/me?x=" + "a".repeat(9_000), Map.of());
        assertThat(longLine.status()).isEqualTo(400);
        assertThat(longLine.body()).isEmpty();
        var longHeader = RawHttp.get("/api/v1/me", Map.of("X-Long", "a".repeat(9_000)));
        assertThat(longHeader.status()).isEqualTo(400);
        assertThat(longHeader.body()).isEmpty();
        var manyHeaders = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < 120; i++) {
            manyHeaders.put("X-Header-" + i, "v");
        }
        var tooMany = RawHttp.get("/api/v1/me", manyHeaders);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).isEmpty();
    }
}
