package org.rrhub.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a demo role can reach, reached as that person would: signed in through Keycloak's own login page in
 * Chromium, then every same-origin link ({@code a[href]}, never sign-out or the sign-in flow) followed breadth
 * first from the dashboard and the navigation, bounded. Each page must answer 200 (read with the browser's own
 * session cookie, since Selenium cannot see status codes), log no console error, and show no raw template
 * expression and no {@code null}; axe-core checks each page template once per role. Downloads are fetched, not
 * opened: 200 and a body. Every failure of a role is collected and listed, not only the first.
 */
@OnTheApplication
@Tag("browser")
class ProductCrawlIT {

    /** About this many addresses (pages and downloads) a role; enough for every template of the demo data. */
    private static final int MAX_VISITS = 80;
    /**
     * At most this many addresses of one template: seven years of one self-assessment, or a list of 40 tenants,
     * are not 40 new pages, and the bound is better spent on templates not yet seen.
     */
    private static final int MAX_PER_TEMPLATE = 5;
    /** Collections whose members are named by a slug rather than an id: the six strategies, reviewed tenants. */
    private static final Set<String> NAMED_BY_SLUG = Set.of("domains", "reviews");

    private static final Pattern UNRENDERED = Pattern.compile("\\$\\{|#\\{|\\*\\{|(?<!\\w)th:\\w|\\[\\[|\\[\\(");
    private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");
    /**
     * The page's own text, without the words people typed that it quotes in {@code <q>} (the access log shows an
     * inspector's search for "null" or "${7*7}" as typed), and its links.
     */
    private static final String RENDERED_TEXT_AND_LINKS = "const quoted = Array.from(document.querySelectorAll('q'),"
            + " q => [q, q.textContent]); quoted.forEach(([q]) => q.textContent = '');"
            + " const text = document.title + '\\n' + document.body.innerText;"
            + " quoted.forEach(([q, words]) => q.textContent = words);"
            + " return {url: location.href, text: text,"
            + " links: Array.from(document.querySelectorAll('a[href]'), a => a.href)}";
    /** A path segment holding an identifier: a UUID, a number, a year, a statement such as 1.15.II. */
    private static final Pattern ID_SEGMENT = Pattern.compile(".*\\d.*");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final Map<String, Report> REPORTS = new LinkedHashMap<>();

    record Report(String username, int pages, int downloads, int templates, int unvisited, List<String> visited,
                  List<String> failures, Duration took) {
        Report took(Duration took) {
            return new Report(username, pages, downloads, templates, unvisited, visited, failures, took);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "northfield.admin, demo-northfield-1",
            "northfield.editor, demo-northfield-2",
            "northfield.viewer, demo-northfield-3",
            "willow.admin, demo-willow-1",
            "platform.admin, demo-platform-1",
            "rrn.reviewer, demo-reviewer-1",
            "cqc.inspector, demo-inspector-1"
    })
    void everyPageTheRoleCanReachWorks(String username, String password) throws Exception {
        long started = System.nanoTime();
        Report report;
        try (Browser browser = new Browser()) {
            browser.open("/dashboard");
            browser.signInAtKeycloak(username, password);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().startsWith(Api.base() + "/"));
            browser.consoleErrors(); // Keycloak's own pages are not ours to judge
            report = new Crawl(username, browser).run();
        }
        synchronized (REPORTS) {
            REPORTS.put(username, report.took(Duration.ofNanos(System.nanoTime() - started)));
        }
        assertThat(report.failures())
                .as(() -> report.failures().size() + " failures crawling as " + username + ":\n"
                        + String.join("\n", report.failures()))
                .isEmpty();
        assertThat(report.pages()).as("pages reached as " + username).isGreaterThan(3);
    }

    /** The crawl's own checks can fail: a page with a nameless image, a script error and a raw expression. */
    @org.junit.jupiter.api.Test
    void theCrawlsChecksFindWhatTheyLookFor() throws Exception {
        try (Browser browser = new Browser()) {
            browser.driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><title>t</title><main>"
                    + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><p>${plan.title} null</p>"
                    + "<p>Searched for <q>null [[${typed}]]</q></p>"
                    + "<script>undefinedFunction()</script></main></html>");
            assertThat(browser.accessibilityViolations()).anyMatch(v -> v.startsWith("image-alt"));
            assertThat(browser.consoleErrors()).anyMatch(e -> e.contains("undefinedFunction"));
            @SuppressWarnings("unchecked")
            String text = (String) ((Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript(RENDERED_TEXT_AND_LINKS)).get("text");
            // the page's own raw expression and null are found; the words it quotes as typed are not judged
            assertThat(UNRENDERED.matcher(text).results().count()).isEqualTo(1);
            assertThat(NULL_WORD.matcher(text).results().count()).isEqualTo(1);
            assertThat(browser.driver.findElement(org.openqa.selenium.By.tagName("q")).getText())
                    .isEqualTo("null [[${typed}]]");
        }
        assertThat(template(URI.create("http://h/plan/402885ad-e06b/actions/1174081e/edit")))
                .isEqualTo("/plan/{id}/actions/{id}/edit");
        assertThat(template(URI.create("http://h/domains/continuous-improvement"))).isEqualTo("/domains/{id}");
        assertThat(template(URI.create("http://h/documents/coverage"))).isEqualTo("/documents/coverage");
    }

    @AfterAll
    static void printTheFigures() throws IOException {
        StringBuilder table = new StringBuilder(
                "Product crawl: role, pages, downloads, templates, links left at the bound, failures, seconds\n");
        Duration total = Duration.ZERO;
        for (Report r : REPORTS.values()) {
            table.append(String.format("%-18s %4d %4d %4d %4d %4d %6.1f%n", r.username(), r.pages(), r.downloads(),
                    r.templates(), r.unvisited(), r.failures().size(), r.took().toMillis() / 1000.0));
            total = total.plus(r.took());
        }
        table.append(String.format("total %.1f s%n", total.toMillis() / 1000.0));
        REPORTS.values().forEach(r -> r.failures().forEach(f -> table.append(r.username()).append(": ").append(f)
                .append('\n')));
        System.out.println(table);
        REPORTS.values().forEach(r -> table.append("\nVisited as ").append(r.username()).append(":\n")
                .append(String.join("\n", r.visited())).append('\n'));
        Files.writeString(Path.of("target", "product-crawl.txt"), table);
    }

    /** One role's breadth-first walk in its own browser. */
    private static final class Crawl {

        private final String username;
        private final Browser browser;
        private final String cookie;
        private final Deque<Link> queue = new ArrayDeque<>();
        /** Addresses seen, as the path and the names of the query's parameters. */
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Integer> perTemplate = new HashMap<>();
        private final Set<String> checkedForAccessibility = new HashSet<>();
        private final List<String> failures = new ArrayList<>();
        private final List<String> visited = new ArrayList<>();
        private int pages;
        private int downloads;
        /** Where the time goes (fetch, browser, axe), in nanoseconds, for keeping the crawl fast. */
        private final Map<String, Long> time = new LinkedHashMap<>();

        Crawl(String username, Browser browser) {
            this.username = username;
            this.browser = browser;
            this.cookie = browser.sessionCookieHeader();
        }

        Report run() {
            enqueue(URI.create(Api.base() + "/dashboard"), "sign-in");
            while (!queue.isEmpty() && pages + downloads < MAX_VISITS) {
                Link link = queue.removeFirst();
                try {
                    visit(link);
                } catch (RuntimeException e) {
                    failures.add(link.uri().getRawPath() + " (linked from " + link.from() + "): " + e);
                }
            }
            System.out.println("Crawled as " + username + ": " + time.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms").collect(Collectors.joining(", ")));
            return new Report(username, pages, downloads, checkedForAccessibility.size(), queue.size(), visited,
                    failures, Duration.ZERO);
        }

        private void visit(Link link) {
            URI uri = link.uri();
            String where = pathAndQuery(uri) + " (linked from " + link.from() + ")";
            visited.add(pathAndQuery(uri));
            long fetching = System.nanoTime();
            HttpResponse<byte[]> response = fetch(uri);
            time.merge("fetch", System.nanoTime() - fetching, Long::sum);
            if (response.statusCode() != 200) {
                failures.add(where + ": HTTP " + response.statusCode() + location(response));
                return;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean attachment = response.headers().firstValue("Content-Disposition").orElse("")
                    .toLowerCase().startsWith("attachment");
            if (attachment || !type.startsWith("text/html")) {
                downloads++;
                if (response.body().length == 0) {
                    failures.add(where + ": download of " + type + " is empty");
                }
                return;
            }
            pages++;
            long loading = System.nanoTime();
            browser.driver.get(uri.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript(RENDERED_TEXT_AND_LINKS);
            List<String> consoleErrors = browser.consoleErrors();
            time.merge("browser", System.nanoTime() - loading, Long::sum);
            String landed = (String) page.get("url");
            if (!landed.startsWith(Api.base() + "/")) {
                failures.add(where + ": the browser ended at " + landed);
                return;
            }
            consoleErrors.forEach(error -> failures.add(where + ": console error: " + error));
            String text = (String) page.get("text");
            UNRENDERED.matcher(text).results().forEach(m -> failures.add(where + ": raw template expression: "
                    + around(text, m.start())));
            NULL_WORD.matcher(text).results().forEach(m -> failures.add(where + ": 'null' in the text: "
                    + around(text, m.start())));
            String template = template(uri);
            if (checkedForAccessibility.add(template)) {
                long checking = System.nanoTime();
                browser.accessibilityViolations().forEach(v -> failures.add(template + ": axe-core: " + v));
                time.merge("axe", System.nanoTime() - checking, Long::sum);
            }
            String from = pathAndQuery(uri);
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) page.get("links");
            hrefs.forEach(href -> enqueue(URI.create(href), from));
        }

        /** Same origin only (127.0.0.1 and the application's port), never sign-out or the sign-in flow. */
        private void enqueue(URI uri, String from) {
            URI base = URI.create(Api.base());
            if (!"http".equals(uri.getScheme()) || !base.getHost().equals(uri.getHost())
                    || base.getPort() != uri.getPort()) {
                return;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.equals("/logout") || path.equals("/auth") || path.startsWith("/auth/")) {
                return;
            }
            URI target = URI.create(base + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            String key = path + "?" + queryNames(uri);
            if (!seen.add(key)) {
                return;
            }
            String template = template(target, false) + "?" + queryNames(uri);
            if (perTemplate.merge(template, 1, Integer::sum) > MAX_PER_TEMPLATE) {
                return;
            }
            queue.addLast(new Link(target, from));
        }

        /** The GET the browser would send, with its session cookie; same-origin redirects followed. */
        private HttpResponse<byte[]> fetch(URI uri) {
            try {
                URI next = uri;
                for (int hops = 0; ; hops++) {
                    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(next)
                            .timeout(Duration.ofSeconds(30))
                            .header("Cookie", cookie)
                            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                            .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    var location = response.headers().firstValue("Location");
                    if (response.statusCode() / 100 != 3 || location.isEmpty() || hops == 5) {
                        return response;
                    }
                    URI target = next.resolve(location.get());
                    if (!target.toString().startsWith(Api.base() + "/")) {
                        return response;
                    }
                    next = target;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String location(HttpResponse<?> response) {
            return response.headers().firstValue("Location").map(l -> " to " + l).orElse("");
        }
    }

    record Link(URI uri, String from) {
    }

    /** The path with each identifier replaced by a placeholder: /documents/{id}, /domains/{id}. */
    static String template(URI uri) {
        return template(uri, true);
    }

    /** With {@code slugs} false, only digit-bearing ids are replaced: each strategy page is then its own. */
    private static String template(URI uri, boolean slugs) {
        String[] segments = uri.getRawPath().split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            boolean slug = slugs && i == 2 && NAMED_BY_SLUG.contains(segments[1]);
            if (slug || ID_SEGMENT.matcher(segments[i]).matches()) {
                segments[i] = "{id}";
            }
        }
        return String.join("/", segments);
    }

    private static String queryNames(URI uri) {
        if (uri.getRawQuery() == null) {
            return "";
        }
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2)[0]).sorted().distinct()
                .collect(Collectors.joining("&"));
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String around(String text, int at) {
        return "\"" + text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ') + "\"";
    }
}
