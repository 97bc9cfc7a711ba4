package org.rrhub.search.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rrhub.core.api.SpreadsheetCells;
import org.rrhub.search.api.SearchHit;
import org.rrhub.search.api.SearchResults;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A result list as CSV: the passage as plain text (the highlight marks and escapes undone). */
final class ResultsCsv {

    static final List<String> HEADER = List.of("Title", "Organisation", "Kind", "Date", "Passage", "Link");

    private ResultsCsv() {
    }

    static byte[] render(SearchResults results) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get())) {
            for (SearchHit hit : results.hits()) {
                printer.printRecord(List.of(hit.title(), hit.tenantName(), hit.kind().label(),
                                hit.date() == null ? "" : hit.date().toString(), plain(hit.snippet()), hit.url())
                        .stream().map(SpreadsheetCells::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String plain(String snippetHtml) {
        return snippetHtml.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }
}
