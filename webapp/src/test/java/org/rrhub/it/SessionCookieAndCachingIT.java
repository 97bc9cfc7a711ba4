package org.rrhub.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie a browser gets at sign-in is HttpOnly and SameSite=Lax (and not Secure on this plain-http
 * test address); nothing the application answers may be cached (API answers, signed-in pages, redirects,
 * problems), only the static assets.
 */
@OnTheApplication
class SessionCookieAndCachingIT {

    private static BrowserSessions.Session viewer;

    @BeforeAll
    static void signIn() {
        viewer = BrowserSessions.signIn("northfield.viewer", "demo-northfield-3");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        String cookie = viewer.setCookieHeader();
        assertThat(cookie).startsWith(BrowserSessions.COOKIE + "=");
        assertThat(cookie.toLowerCase()).contains("httponly").contains("samesite=lax").doesNotContain("secure");
        // The cookie made before sign-in (for the round trip's state) is the same kind of cookie.
        var start = RawHttp.get("/auth/login?returnTo=%2Fdashboard", Map.of());
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Cache-Control")).isEqualTo("no-store");
        assertThat(start.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith(BrowserSessions.COOKIE + "=")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void apiAnswersAreNeverCached() {
        String token = TestKeycloak.token("northfield.viewer", "demo-northfield-3");
        for (String path : new String[] {"/api/v1/me", "/api/v1/wards", "/api/v1/plans", "/api/v1/no-such-thing",
                "/api/v1/public/pledges"}) {
            var answer = Api.get(path, token);
            assertThat(answer.header("Cache-Control")).as(path + " " + answer.status()).isEqualTo("no-store");
        }
        var anonymous = Api.get("/api/v1/me", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Cache-Control")).isEqualTo("no-store");
        var badToken = Api.get("/api/v1/me", "not-a-token");
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(badToken.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void signedInPagesAndRedirectsAreNeverCached() {
        for (String path : new String[] {"/dashboard", "/documents", "/plan", "/no-such-page"}) {
            var answer = RawHttp.get(path, viewer.header());
            assertThat(answer.header("Cache-Control")).as(path + " " + answer.status()).isEqualTo("no-store");
        }
        var toSignIn = RawHttp.get("/dashboard", Map.of());
        assertThat(toSignIn.status()).isEqualTo(303);
        assertThat(toSignIn.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void staticAssetsMayBeCached() {
        var asset = RawHttp.get("/assets/rrhub.js", Map.of());
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.headers("Cache-Control")).containsExactly("public, max-age=3600");
    }
}
