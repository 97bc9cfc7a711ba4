package org.rrhub.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The HTTP benchmark's load generator, run as a process of its own as wrk would be, so that neither the benchmark's
 * JVM (Maven's, with the indexing's heap behind it) nor its collections time the requests: blocking HTTP/1.1 requests
 * on a kept-alive connection, the URLs in turn, warmed up for a number of seconds, then timed. (The JDK's asynchronous
 * {@code HttpClient} hands each exchange between its selector and executor threads; measured on this machine it
 * added about half a millisecond to each search: the client's cost, not the application's.)
 * Arguments: warm-up seconds, rounds, bearer token, URLs. Prints one line per URL: the URL, a tab, the milliseconds of
 * each request, then a line with the last response's length per URL.
 */
public final class HttpLoad {

    private HttpLoad() {
    }

    public static void main(String[] args) throws IOException {
        long warmUpSeconds = Long.parseLong(args[0]);
        int rounds = Integer.parseInt(args[1]);
        String token = args[2];
        List<String> urls = List.of(args).subList(3, args.length);
        long warmUntil = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        for (int i = 0; i < 3 || System.nanoTime() < warmUntil; i++) {
            for (String url : urls) {
                get(url, token);
            }
        }
        List<List<Double>> samples = new ArrayList<>();
        urls.forEach(u -> samples.add(new ArrayList<>()));
        String[] last = new String[urls.size()];
        for (int r = 0; r < rounds; r++) {
            for (int u = 0; u < urls.size(); u++) {
                long start = System.nanoTime();
                last[u] = get(urls.get(u), token);
                samples.get(u).add((System.nanoTime() - start) / 1e6);
            }
        }
        for (int u = 0; u < urls.size(); u++) {
            System.out.println(urls.get(u) + "\t" + samples.get(u).stream().map(String::valueOf)
                    .collect(Collectors.joining(" ")));
            System.out.println("body\t" + last[u].replace('\n', ' ').replace('\t', ' '));
        }
    }

    static String get(String url, String token) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("Accept", "application/json");
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status != 200) {
                throw new IllegalStateException(url + " answered " + status + ": " + body);
            }
            return body;
        }
    }
}
