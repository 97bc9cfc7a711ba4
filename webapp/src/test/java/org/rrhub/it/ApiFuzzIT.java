package org.rrhub.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the API's own OpenAPI document, called by a provider, a reviewer and an inspector with
 * plausible and then broken requests (see {@link RequestFuzzer}), in a tenant of its own. Nothing may answer 5xx;
 * every 400 and 422 names a field or parameter; every other 4xx is problem+json. Seeded: a failure prints the seed,
 * and {@code -Drrhub.fuzz.seed=...} replays the same requests ({@code -Drrhub.fuzz.rounds} sets how many per
 * operation and caller).
 */
@OnTheApplication
class ApiFuzzIT {

    private static final long SEED = Long.getLong("rrhub.fuzz.seed", 20261204L);
    private static final int ROUNDS = Integer.getInteger("rrhub.fuzz.rounds", 8);
    /** HTTP/1.1, as integrations call the API: the JDK's attempt to upgrade to HTTP/2 is not what is under test. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    private record Caller(String name, Supplier<String> token) {
    }

    @Test
    void noRequestMadeFromTheOpenApiDocumentGetsAServerErrorOrAnUnnamedProblem() throws Exception {
        var operations = OpenApiOperations.read(Api.get("/openapi", null).body()).all();
        assertThat(operations).hasSizeGreaterThan(50);

        var provider = Fixtures.newTenant("Fuzz Test Trust", "NHS_TRUST");
        var grant = Api.post("/api/v1/review-grants", provider.adminToken(), Json.createObjectBuilder()
                .add("reviewer", "rrn.reviewer").add("validFrom", LocalDate.now().minusDays(1).toString())
                .add("validUntil", LocalDate.now().plusDays(30).toString()).build().toString());
        assertThat(grant.status()).as(grant.toString()).isEqualTo(201);
        List<Caller> callers = List.of(
                new Caller("provider-admin", provider::adminToken),
                new Caller("rrn-reviewer", () -> TestKeycloak.token("rrn.reviewer", "demo-reviewer-1")),
                new Caller("cqc-inspector", () -> TestKeycloak.token("cqc.inspector", "demo-inspector-1")));

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int requests = 0;
        int listenerRefusals = 0;
        long started = System.nanoTime();
        for (Caller caller : callers) {
            String token = caller.token().get();
            long tokenAt = System.nanoTime();
            var fuzzer = new RequestFuzzer(SEED ^ caller.name().hashCode(), Map.of(
                    "tenant", provider.id(), "reviewer", "rrn.reviewer", "owner", provider.adminUsername(),
                    "username", provider.adminUsername(), "framework", "nms-2019", "frameworkId", "nms-2019",
                    "purpose", "Fuzz test of the API", "kind", "incidents", "role", "provider-viewer"));
            for (var operation : operations) {
                for (int round = 0; round < ROUNDS; round++) {
                    if (Duration.ofNanos(System.nanoTime() - tokenAt).toSeconds() > 200) {
                        token = caller.token().get();
                        tokenAt = System.nanoTime();
                    }
                    var request = fuzzer.next(operation, round);
                    if (Boolean.getBoolean("rrhub.fuzz.verbose")) {
                        System.out.printf("%s %s %s %s%n", caller.name(), request.method(), request.path(),
                                request.description());
                    }
                    HttpResponse<String> response;
                    try {
                        response = send(request, token);
                    } catch (java.io.IOException e) {
                        failures.add(String.format("%s as %s, round %d (%s): no answer (%s)%n    %s %s%n    body: %s",
                                operation, caller.name(), round, request.description(), e, request.method(),
                                request.path(), request.bodyPreview()));
                        continue;
                    }
                    requests++;
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (refusedByTheListener(request, response)) {
                        listenerRefusals++;
                        continue;
                    }
                    String problem = judge(response);
                    if (problem != null) {
                        failures.add(String.format("%s as %s, round %d (%s): %s%n    %s %s%n    body: %s%n    got %d %s: %s",
                                operation, caller.name(), round, request.description(), problem, request.method(),
                                request.path(), request.bodyPreview(), response.statusCode(),
                                response.headers().firstValue("Content-Type").orElse("(no type)"),
                                abbreviate(response.body())));
                    } else if (response.statusCode() < 300) {
                        learn(fuzzer, response);
                    }
                }
            }
        }
        System.out.printf("API fuzz (seed %d, %d rounds): %d requests over %d operations in %d s, statuses %s, "
                        + "%d refused by the HTTP listener, %d failures%n", SEED, ROUNDS, requests, operations.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), statuses, listenerRefusals,
                failures.size());
        assertThat(failures).as("replay with -Drrhub.fuzz.seed=" + SEED + "\n" + String.join("\n", failures))
                .isEmpty();
    }

    /**
     * Payara's HTTP listener answers "400 Invalid URI" with no body, before any filter or error page of the
     * application runs, to a path segment holding %00, an encoded backslash or bytes that are not UTF-8
     * (docs/architecture.md, pinned by UrlErrorsIT). Only such requests may get that answer.
     */
    static boolean refusedByTheListener(RequestFuzzer.FuzzRequest request, HttpResponse<String> response) {
        return request.pathTheListenerRefuses() && response.statusCode() == 400 && response.body().isEmpty();
    }

    /** What is wrong with an answer, or null when it is an acceptable one. */
    static String judge(HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "a server error";
        }
        if (status < 400) {
            return null;
        }
        if (!type.startsWith("application/problem+json")) {
            return "a " + status + " that is not problem+json";
        }
        if (status == 400 || status == 422) {
            JsonObject problem;
            try {
                problem = Json.createReader(new StringReader(response.body())).readObject();
            } catch (RuntimeException e) {
                return "a problem that is not a JSON object";
            }
            JsonArray errors = problem.containsKey("errors") && !problem.isNull("errors")
                    ? problem.getJsonArray("errors") : null;
            JsonArray problems = problem.containsKey("problems") ? problem.getJsonArray("problems") : null;
            boolean named = (errors != null && !errors.isEmpty() && errors.stream()
                    .allMatch(e -> !e.asJsonObject().getString("field", "").isBlank()))
                    || (problems != null && !problems.isEmpty());
            if (!named) {
                return "a " + status + " that names no field or parameter";
            }
        }
        return null;
    }

    private static void learn(RequestFuzzer fuzzer, HttpResponse<String> response) {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            try {
                fuzzer.learnFrom(Json.createReader(new StringReader(response.body())).readValue());
            } catch (RuntimeException e) {
                // not every 2xx body is JSON worth reading
            }
        }
    }

    private static HttpResponse<String> send(RequestFuzzer.FuzzRequest request, String token) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(Api.base() + request.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1");
        if (request.body() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            // Large bodies ask first (Expect: 100-continue), as curl does: a server that refuses before reading the
            // body (401, 403, 413) answers at once instead of leaving the JDK's client blocked on a full socket.
            builder.header("Content-Type", request.contentType()).expectContinue(request.body().length > 65_536)
                    .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
