package org.rrhub.web.support;

import org.rrhub.core.api.InvalidInputException;
import org.rrhub.search.api.Facet;
import org.rrhub.search.api.SearchRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The search form's parameters as typed, and the links that change one of them (a facet, a page, the order). */
public final class SearchForm {

    private final Map<String, String> values;

    private SearchForm(Map<String, String> values) {
        this.values = values;
    }

    public static SearchForm of(Map<String, List<String>> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((key, list) -> {
            if (!list.isEmpty() && list.get(0) != null) {
                values.put(key, list.get(0));
            }
        });
        return new SearchForm(values);
    }

    /** Whether the form was sent (the query box is always part of it), rather than the page opened fresh. */
    public boolean submitted() {
        return values.containsKey("q");
    }

    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    public SearchRequest toRequest() {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            String value = values.get(facet.field());
            if (value != null && !value.isBlank()) {
                filters.put(facet, value);
            }
        }
        int page = 0;
        try {
            page = Math.max(0, Integer.parseInt(values.getOrDefault("page", "1").strip()) - 1);
        } catch (NumberFormatException e) {
            // Any other page number reads as the first page.
        }
        return new SearchRequest(values.get("q"), filters, date("from"), date("to"), page,
                "date".equals(values.get("sort")), values.get("purpose"));
    }

    private LocalDate date(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "Enter a date such as 2026-03-31");
        }
    }

    /** This search with one parameter changed (an empty value removes it); back to the first page unless paging. */
    public String with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (!"page".equals(name)) {
            changed.remove("page");
        }
        if (value == null || value.isEmpty()) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        changed.putIfAbsent("q", "");
        return "/search?" + changed.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    /** The link to an indexed copy, carrying the stated purpose (logged with the opening) and the way back. */
    public String open(String itemUrl) {
        return itemUrl + "?purpose=" + encode(get("purpose")) + "&back=" + encode(current());
    }

    /** This search's page {@code number}, counted from 1. */
    public String page(int number) {
        return with("page", Integer.toString(number));
    }

    /** The same search as a CSV download of its results. */
    public String export() {
        return current().replaceFirst("^/search\\?", "/search/export.csv?");
    }

    public String current() {
        return with("page", values.get("page"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
