package org.rrhub.documents.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Appendix 1 exemplar policy titles, numbered from 1 in the order of the standard. */
final class ExemplarPolicies {

    static final List<String> TITLES = load();

    private ExemplarPolicies() {
    }

    static boolean exists(int number) {
        return number >= 1 && number <= TITLES.size();
    }

    private static List<String> load() {
        try (var in = ExemplarPolicies.class.getResourceAsStream("exemplar-policies.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
