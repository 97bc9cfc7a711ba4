package org.rrhub.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.rrhub.launcher.KeycloakServer;
import org.rrhub.launcher.KeycloakTheme;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak for the integration tests: started once per database pass by {@link ApplicationServers} (before
 * Payara Micro), with a fresh database and the project's realm. Tokens come from Keycloak itself, by password grant
 * through a test-only client created over the admin API.
 */
public final class TestKeycloak {

    static final String TEST_CLIENT = "rrhub-test-cli";
    private static KeycloakServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        // A fresh start for both servers: Keycloak's database and the application's H2 files.
        Path itData = Path.of(System.getProperty("it.data", "target/it-data"));
        deleteRecursively(itData);
        Path data = itData.resolve("keycloak");
        Path repo = Path.of(System.getProperty("rrhub.repo", "..")).toAbsolutePath().normalize();
        server = new KeycloakServer(Path.of(System.getProperty("rrhub.keycloak.home")),
                Integer.getInteger("it.keycloak.port", 8281), data,
                repo.resolve("docker/keycloak/rrhub-realm.json"), KeycloakTheme.ofRepository(repo));
        server.start(Duration.ofMinutes(4));
        Runtime.getRuntime().addShutdownHook(new Thread(TestKeycloak::stop, "stop-test-keycloak"));
        createTestClient();
        allowSignInAt(Integer.getInteger("it.http.port", 8280));
    }

    static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /**
     * The web client may send browsers back to the application on the port this run serves it on, and the sign-in
     * pages' links to the application (its base URL) lead there.
     */
    private static void allowSignInAt(int port) {
        JsonObject client = Json.createReader(new StringReader(admin("GET", "/clients?clientId=rrhub-web", null)
                .body())).readArray().getJsonObject(0);
        String home = "http://127.0.0.1:" + port + "/";
        String redirect = home + "*";
        JsonArray redirects = client.getJsonArray("redirectUris");
        boolean redirectAllowed = redirects.stream()
                .anyMatch(r -> redirect.equals(((jakarta.json.JsonString) r).getString()));
        if (redirectAllowed && home.equals(client.getString("baseUrl", ""))) {
            return;
        }
        var updated = Json.createObjectBuilder(client).add("baseUrl", home);
        if (!redirectAllowed) {
            updated.add("redirectUris", Json.createArrayBuilder(redirects).add(redirect));
        }
        admin("PUT", "/clients/" + client.getString("id"), updated.build().toString());
    }

    static String url() {
        return server.url();
    }

    /** A real access token for a user of the rrhub realm. */
    static String token(String username, String password) {
        for (int attempt = 1; ; attempt++) {
            var response = postForm(server.url() + "/realms/rrhub/protocol/openid-connect/token", Map.of(
                    "grant_type", "password", "client_id", TEST_CLIENT, "scope", "openid",
                    "username", username, "password", password));
            if (response.statusCode() == 200) {
                return json(response.body()).getString("access_token");
            }
            if (attempt == 3 || !response.body().contains("invalid_grant") || userId(username).isEmpty()) {
                throw new IllegalStateException("No token for " + username + ": " + response.body());
            }
            // On this 2-core machine under a load of 20, Keycloak has refused a password it had been given moments
            // before ("Invalid user credentials"), and its brute-force protection then kept the user locked out
            // ("user_temporarily_disabled"). A test's fixture is not what is under test: clear the lock-out, give
            // the password again and ask once more, saying so.
            System.err.printf("Keycloak refused a token for %s (%s); lock-out cleared, password set again%n",
                    username, response.body());
            String id = userId(username).orElseThrow();
            admin("DELETE", "/attack-detection/brute-force/users/" + id, null);
            admin("PUT", "/users/" + id + "/reset-password", Json.createObjectBuilder()
                    .add("type", "password").add("value", password).add("temporary", false).build().toString());
            pause(Duration.ofSeconds(attempt));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String clientCredentialsToken(String clientId, String secret) {
        var response = postForm(server.url() + "/realms/rrhub/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for client " + clientId + ": " + response.body());
        }
        return json(response.body()).getString("access_token");
    }

    static Optional<JsonObject> organization(String alias) {
        JsonArray found = Json.createReader(new StringReader(admin("GET",
                "/organizations?q=" + enc("alias:" + alias), null).body())).readArray();
        return found.stream().map(JsonValue::asJsonObject).filter(o -> alias.equals(o.getString("alias"))).findFirst();
    }

    static JsonArray organizationMembers(String organizationId) {
        return Json.createReader(new StringReader(admin("GET", "/organizations/" + organizationId + "/members", null)
                .body())).readArray();
    }

    static Optional<String> userId(String username) {
        JsonArray found = Json.createReader(new StringReader(admin("GET",
                "/users?exact=true&username=" + enc(username), null).body())).readArray();
        return found.stream().map(JsonValue::asJsonObject).map(u -> u.getString("id")).findFirst();
    }

    /** Replaces a provisioned user's one-time password, so a test can sign in as that user. */
    static void setPermanentPassword(String username, String password) {
        String id = userId(username).orElseThrow();
        admin("PUT", "/users/" + id + "/reset-password", Json.createObjectBuilder()
                .add("type", "password").add("value", password).add("temporary", false).build().toString());
        admin("PUT", "/users/" + id, Json.createObjectBuilder()
                .add("requiredActions", Json.createArrayBuilder()).build().toString());
    }

    static HttpResponse<String> admin(String method, String path, String body) {
        String token = json(postForm(server.url() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli",
                "username", KeycloakServer.ADMIN_USER, "password", KeycloakServer.ADMIN_PASSWORD)).body())
                .getString("access_token");
        var request = HttpRequest.newBuilder(URI.create(server.url() + "/admin/realms/rrhub" + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        var response = send(request.build());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static void createTestClient() {
        if (!Json.createReader(new StringReader(admin("GET", "/clients?clientId=" + TEST_CLIENT, null).body()))
                .readArray().isEmpty()) {
            return;
        }
        admin("POST", "/clients", Json.createObjectBuilder()
                .add("clientId", TEST_CLIENT)
                .add("publicClient", true)
                .add("directAccessGrantsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("defaultClientScopes", Json.createArrayBuilder()
                        .add("profile").add("email").add("roles").add("basic")
                        .add("organization").add("microprofile-jwt"))
                .build().toString());
    }

    private static HttpResponse<String> postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
