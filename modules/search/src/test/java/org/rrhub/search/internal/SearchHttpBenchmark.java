package org.rrhub.search.internal;

import org.rrhub.launcher.KeycloakServer;
import org.rrhub.launcher.KeycloakTheme;
import org.rrhub.launcher.PayaraServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The HTTP leg of the search benchmark: the synthetic corpus indexed in the product's layout, the floor measured on
 * it in-process, then the same index served by the application itself (Payara Micro with the WAR, Keycloak, H2) to
 * an inspector across every organisation and a provider in one, through JAX-RS, the bearer token check, the scope,
 * the access log and JSON. The organisations are provisioned from generated demo-tenant files, so the inspector's
 * scope is the corpus's tenants.
 */
public final class SearchHttpBenchmark {

    private static final int APP_PORT = 8480;
    private static final int KEYCLOAK_PORT = 8481;
    private static final String CLIENT = "rrhub-bench-cli";
    private static final String PROVIDER = "bench.provider";
    private static final String PROVIDER_PASSWORD = "bench-provider-1";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private SearchHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int perTenant = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path repo = Path.of(System.getProperty("rrhub.repo", "../..")).toAbsolutePath().normalize();
        Path work = fresh(repo.resolve("target/search-http-bench"));
        SyntheticCorpus corpus = new SyntheticCorpus(tenants, perTenant, 20261125L);
        Set<String> all = new LinkedHashSet<>();
        IntStream.range(0, tenants).forEach(t -> all.add(SyntheticCorpus.tenant(t)));
        // The last tenant provisioned holds the provider: once it can sign in, every organisation exists.
        String one = SyntheticCorpus.tenant(tenants - 1);
        System.out.printf("Corpus: %d tenants x %d items (seed 20261125), served from %s%n", tenants, perTenant, work);

        SearchIndex writing = new SearchIndex();
        writing.indexDir = work.resolve("index").toString();
        writing.open();
        SearchBenchmark.indexProduct(corpus, writing);
        // Closing waits for the merges still running; the floor is then measured on the index the application will
        // open, with nothing else on the cores, as the application's searches are.
        writing.close();
        SearchIndex index = new SearchIndex();
        index.indexDir = writing.indexDir;
        index.open();
        double[] floorAll = SearchBenchmark.latencies(q -> SearchBenchmark.floor(index, all, q));
        double[] floorOne = SearchBenchmark.latencies(q -> SearchBenchmark.floor(index, Set.of(one), q));
        double[] floorOnePaused = SearchBenchmark.latenciesWithPauses(q -> SearchBenchmark.floor(index, Set.of(one), q),
                500_000);
        Map<String, String> floorByQuery = new java.util.LinkedHashMap<>();
        for (String q : SyntheticCorpus.QUERIES) {
            long[] hits = {0};
            double[] times = SearchBenchmark.latenciesOf(() -> hits[0] = SearchBenchmark.floor(index, Set.of(one), q));
            floorByQuery.put(q, String.format("%7.2f ms %5d hits", SearchBenchmark.median(times), hits[0]));
        }
        index.close();
        writeTenants(work.resolve("tenants"), tenants, one);

        Properties locations = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/rrhub-launcher.properties")) {
            locations.load(in);
        }
        Path preboot = work.resolve("preboot.asadmin");
        Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners.network-listener"
                + ".http-listener.address=127.0.0.1\n" + Files.readString(repo.resolve(
                "docker/payara/pre-boot-commands.asadmin")));
        long started = System.nanoTime();
        try (KeycloakServer keycloak = new KeycloakServer(Path.of(locations.getProperty("keycloak.home")),
                KEYCLOAK_PORT, work.resolve("keycloak"), repo.resolve("docker/keycloak/rrhub-realm.json"),
                KeycloakTheme.ofRepository(repo))
                .start(Duration.ofMinutes(3));
             PayaraServer payara = new PayaraServer(Path.of(locations.getProperty("payara.jar")),
                     repo.resolve("webapp/target/rrhub.war"), APP_PORT)) {
            payara.start(work, preboot, Map.of(
                    "RRHUB_KEYCLOAK_URL", keycloak.url(),
                    "RRHUB_PUBLIC_URL", payara.url(),
                    "RRHUB_DEMO_TENANTS_DIR", work.resolve("tenants").toString(),
                    "RRHUB_DB_URL", "jdbc:h2:file:" + work.resolve("db/rrhub"),
                    "RRHUB_FILES_DIR", work.resolve("files").toString(),
                    "RRHUB_INDEX_DIR", work.resolve("index").toString()), work.resolve("payara.log"),
                    Duration.ofMinutes(20));
            System.out.printf("Application started with %d organisations provisioned in %.0f s%n%n", tenants,
                    (System.nanoTime() - started) / 1e9);
            directGrantClient(keycloak);
            String inspector = token(keycloak, "cqc.inspector", "demo-inspector-1");
            String provider = token(keycloak, PROVIDER, PROVIDER_PASSWORD);
            String base = payara.url() + "/api/v1/search?purpose=BENCH-2026&q=";
            List<String> mix = SyntheticCorpus.QUERIES.stream().map(q -> base + encode(q)).toList();
            Load httpAll = Load.run(SearchBenchmark.WARM_UP_SECONDS, inspector, mix);
            Load httpOne = Load.run(SearchBenchmark.WARM_UP_SECONDS, provider, mix);
            // The fixed cost of an authenticated JSON request in this application, with no search in it.
            Load httpMe = Load.run(3, provider, List.of(payara.url() + "/api/v1/me"));
            SearchBenchmark.report("HTTP, inspector, all tenants", httpAll.all(), floorAll);
            SearchBenchmark.report("HTTP, provider, one tenant", httpOne.all(), floorOne);
            SearchBenchmark.report("Lucene floor, all tenants", floorAll, null);
            SearchBenchmark.report("Lucene floor, one tenant", floorOne, null);
            SearchBenchmark.report("Lucene floor, one tenant, 0.5 ms pauses", floorOnePaused, null);
            SearchBenchmark.report("HTTP, provider, GET /api/v1/me (no search)", httpMe.all(), null);
            System.out.printf("HTTP median against the floor's: all tenants %.2fx, one tenant %.2fx (target <= 1.5x)%n",
                    SearchBenchmark.median(httpAll.all()) / SearchBenchmark.median(floorAll),
                    SearchBenchmark.median(httpOne.all()) / SearchBenchmark.median(floorOne));
            // Each query on its own, for the provider: where the fixed cost of a request shows, and where the
            // product does more than the floor (typo tolerance runs a second search when nothing matches).
            System.out.printf("%nOne tenant, query by query (median of %d)        floor                 HTTP%n",
                    SearchBenchmark.ROUNDS);
            for (int i = 0; i < mix.size(); i++) {
                String q = SyntheticCorpus.QUERIES.get(i);
                String body = httpOne.bodies().get(i);
                Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(body);
                System.out.printf("  %-36s %s   %7.2f ms %5s hits%s%n", q, floorByQuery.get(q),
                        SearchBenchmark.median(httpOne.byUrl().get(i)), total.find() ? total.group(1) : "?",
                        body.contains("similar spellings") ? " (similar spellings)" : "");
            }
            hold(base, provider);
        }
    }

    /**
     * With {@code -Drrhub.bench.holdSeconds=n}, the provider's query mix goes on for n seconds before the servers stop,
     * for a profiler attached to the application (async-profiler: {@code profiler start|stop <pid>}).
     */
    private static void hold(String base, String token) throws Exception {
        long seconds = Long.getLong("rrhub.bench.holdSeconds", 0);
        if (seconds <= 0) {
            return;
        }
        boolean idle = Boolean.getBoolean("rrhub.bench.holdIdle");
        System.out.printf("%nHolding for %d s%s%n", seconds, idle ? ", idle" : ": the provider's queries go on");
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        if (idle) {
            Thread.sleep(seconds * 1000);
        }
        while (System.nanoTime() < end) {
            for (String q : SyntheticCorpus.QUERIES) {
                get(base + encode(q), token);
            }
        }
    }

    /** What the {@link HttpLoad} process measured: each URL's sorted samples and its last response. */
    private record Load(List<double[]> byUrl, List<String> bodies) {

        static Load run(long warmUpSeconds, String token, List<String> urls) throws IOException, InterruptedException {
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    Path.of(URI.create(HttpLoad.class.getProtectionDomain().getCodeSource().getLocation().toString()))
                            .toString(), HttpLoad.class.getName(), String.valueOf(warmUpSeconds),
                    String.valueOf(SearchBenchmark.ROUNDS), token));
            command.addAll(urls);
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<String> lines;
            try (InputStream out = process.getInputStream()) {
                lines = new String(out.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            if (process.waitFor() != 0 || lines.size() != 2 * urls.size()) {
                throw new IllegalStateException("The load generator failed: " + lines);
            }
            List<double[]> byUrl = new java.util.ArrayList<>();
            List<String> bodies = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i += 2) {
                byUrl.add(java.util.Arrays.stream(lines.get(i).split("\t", 2)[1].split(" "))
                        .mapToDouble(Double::parseDouble).sorted().toArray());
                bodies.add(lines.get(i + 1).split("\t", 2)[1]);
            }
            return new Load(byUrl, bodies);
        }

        double[] all() {
            return byUrl.stream().flatMapToDouble(java.util.Arrays::stream).sorted().toArray();
        }
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** One demo-tenant file per corpus tenant, in the format of tenants/*.json; the provider's tenant has a user. */
    private static void writeTenants(Path dir, int tenants, String withProvider) throws IOException {
        Files.createDirectories(dir);
        for (int t = 0; t < tenants; t++) {
            String id = SyntheticCorpus.tenant(t);
            String people = !id.equals(withProvider) ? "[]" : "[{\"username\": \"" + PROVIDER + "\", \"email\": "
                    + "\"provider@bench.example\", \"firstName\": \"Bench\", \"lastName\": \"Provider\", \"roles\": "
                    + "[\"provider-viewer\"], \"password\": \"" + PROVIDER_PASSWORD + "\"}]";
            Files.writeString(dir.resolve(id + ".json"), "{\"id\": \"" + id + "\", \"name\": \"Benchmark Trust "
                    + t + "\", \"sector\": \"NHS_TRUST\", \"wards\": [], \"people\": " + people + "}");
        }
    }

    private static long get(String url, String token) throws IOException {
        return HttpLoad.get(url, token).length();
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** A public client allowed the password grant, as the integration tests make one: only for this benchmark. */
    private static void directGrantClient(KeycloakServer keycloak) throws IOException, InterruptedException {
        String admin = accessToken(post(keycloak.url() + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", KeycloakServer.ADMIN_USER,
                "password", KeycloakServer.ADMIN_PASSWORD)));
        HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms/" + KeycloakServer.REALM
                        + "/clients")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\": \"" + CLIENT + "\", \"publicClient\": true, \"directAccessGrantsEnabled\": true,"
                                + " \"standardFlowEnabled\": false, \"defaultClientScopes\": [\"profile\", \"email\","
                                + " \"roles\", \"basic\", \"organization\", \"microprofile-jwt\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(KeycloakServer keycloak, String username, String password)
            throws IOException, InterruptedException {
        return accessToken(post(keycloak.url() + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", CLIENT, "scope", "openid", "username", username,
                        "password", password)));
    }

    private static String post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String accessToken(String json) {
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No access token in " + json);
        }
        return m.group(1);
    }
}
