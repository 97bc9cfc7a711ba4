package org.rrhub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real browser session without a browser: the authorization code flow driven by an HTTP client, through
 * Keycloak's own login form (username first, then password, as organizations ask), to the application's callback.
 * What it returns is the session cookie a browser would then send.
 */
final class BrowserSessions {

    static final String COOKIE = "RRHUB_SESSION";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private BrowserSessions() {
    }

    /** A signed-in session: its cookie value, and the Set-Cookie header the application sent with it. */
    record Session(String cookie, String setCookieHeader) {
        Map<String, String> header() {
            return Map.of("Cookie", COOKIE + "=" + cookie);
        }
    }

    static Session signIn(String username, String password) {
        // Cookies by port, kept by hand: Keycloak's are Secure, which java.net's cookie store never sends over
        // http, while browsers do for 127.0.0.1.
        Map<Integer, Map<String, String>> jar = new LinkedHashMap<>();
        var response = send(jar, get(Api.base() + "/auth/login?returnTo=%2Fdashboard"));
        while (response.statusCode() / 100 == 3) {
            response = send(jar, get(location(response).toString()));
        }
        String page = response.body();
        URI formAt = response.uri();
        for (int step = 0; step < 3 && response.statusCode() == 200; step++) {
            Matcher form = FORM_ACTION.matcher(page);
            if (!form.find()) {
                throw new IllegalStateException("No Keycloak login form at " + formAt + ": " + page);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", username);
            fields.put("password", password);
            fields.put("credentialId", "");
            response = send(jar, HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
            page = response.body();
        }
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Keycloak did not accept " + username + ": " + response.statusCode()
                    + " " + page);
        }
        // Back to the application's callback: it answers with the signed-in session's (new) cookie.
        var callback = send(jar, get(location(response).toString()));
        if (callback.statusCode() / 100 != 3 || !callback.headers().firstValue("Location").orElse("").endsWith("/dashboard")) {
            throw new IllegalStateException("Sign-in did not complete: " + callback.statusCode() + " "
                    + callback.headers().map());
        }
        String setCookie = callback.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(COOKIE + "=")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No new session cookie at sign-in"));
        return new Session(setCookie.substring(COOKIE.length() + 1).split(";", 2)[0], setCookie);
    }

    private static URI location(HttpResponse<String> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(Map<Integer, Map<String, String>> jar, HttpRequest request) {
        Map<String, String> cookies = jar.computeIfAbsent(request.uri().getPort(), port -> new LinkedHashMap<>());
        HttpRequest withCookies = cookies.isEmpty() ? request : HttpRequest.newBuilder(request, (n, v) -> true)
                .header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "))).build();
        try {
            var response = HTTP.send(withCookies, HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String[] pair = header.split(";", 2)[0].split("=", 2);
                if (pair.length == 2) {
                    cookies.put(pair[0].strip(), pair[1].strip());
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
