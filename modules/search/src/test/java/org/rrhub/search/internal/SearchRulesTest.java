package org.rrhub.search.internal;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.Facet;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.SearchItem;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The query reading, the analysis and the scope, against a real in-memory Lucene index. */
class SearchRulesTest {

    private ByteBuffersDirectory directory;
    private IndexSearcher searcher;
    private DirectoryReader reader;

    private static SearchItem item(String tenant, String id, String title, String text, String... keywords) {
        return new SearchItem(TenantId.of(tenant), ItemKind.DOCUMENT, id, title, text, "/documents/" + id,
                LocalDate.of(2026, 3, 1), Map.of(Facet.DOCUMENT_KIND, List.of("POLICY")), List.of(keywords));
    }

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(PolicyTextAnalyzer.forIndexing()))) {
            for (SearchItem item : List.of(
                    item("northfield", "d1", "Rapid tranquillisation policy",
                            "Rapid tranquillisation is a last resort after de-escalation has failed."),
                    item("northfield", "d2", "Positive behaviour support plans",
                            "Every person has a PBS plan reviewed by the multidisciplinary team."),
                    item("northfield", "d3", "Seclusion procedure", "Seclusion is reviewed by a doctor within one hour."),
                    item("willow-house", "d4", "Answer 1.15.II", "Statements that do not apply have a rationale.",
                            "1.15.II"),
                    item("willow-house", "d5", "Restraint reduction plan", "Prone restraint is never used."))) {
                writer.addDocument(IndexFields.toDocument(item, "NHS_TRUST", 1));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    private List<String> ids(String typed) throws IOException {
        return ids(QueryReading.read(typed, PolicyTextAnalyzer.forQueries(), false).query());
    }

    private List<String> ids(Query query) throws IOException {
        return List.of(searcher.search(query, 10).scoreDocs).stream().map(d -> {
            try {
                return searcher.storedFields().document(d.doc).get(IndexFields.ID);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).sorted().toList();
    }

    @Test
    void theDomainsAbbreviationsFindTheWordsTheyStandFor() throws IOException {
        assertThat(ids("RT")).containsExactly("d1");
        assertThat(ids("positive behaviour support")).containsExactly("d2");
        assertThat(ids("MDT")).containsExactly("d2");
        assertThat(ids("segregation")).containsExactly("d3");
        assertThat(ids("tranquillising")).as("stemmed").containsExactly("d1");
    }

    @Test
    void phrasesExclusionsOrAndStatementIdsAsTyped() throws IOException {
        assertThat(ids("\"last resort\"")).containsExactly("d1");
        assertThat(ids("\"resort last\"")).isEmpty();
        assertThat(ids("reviewed -seclusion")).containsExactly("d2");
        assertThat(ids("seclusion OR prone")).containsExactly("d3", "d5");
        assertThat(ids("1.15.II")).containsExactly("d4");
        assertThat(ids("-restraint")).as("only an exclusion: everything else").containsExactly("d1", "d2", "d3", "d4");
    }

    @Test
    void malformedQueriesGetASensibleReadingNeverAnError() throws IOException {
        assertThat(ids("\"last resort")).as("unbalanced quote").contains("d1");
        assertThat(ids("AND OR -")).isEmpty();
        assertThat(ids("((seclusion")).containsExactly("d3");
        QueryReading.Reading longOne = QueryReading.read("seclusion ".repeat(1000), PolicyTextAnalyzer.forQueries(), false);
        assertThat(longOne.notice()).contains("shortened");
        assertThat(ids(longOne.query())).containsExactly("d3");
        QueryReading.Reading wildcard = QueryReading.read("*", PolicyTextAnalyzer.forQueries(), false);
        assertThat(wildcard.notice()).contains("two letters");
        assertThat(ids(wildcard.query())).isEmpty();
        assertThat(ids("tranq*")).containsExactly("d1");
    }

    @Test
    void typosAreToleratedOnlyWhenAskedFor() throws IOException {
        assertThat(ids(new TermQuery(new Term(IndexFields.EXACT, "seclusion")))).containsExactly("d3");
        assertThat(ids("seclsuion")).isEmpty();
        assertThat(QueryReading.canLoosen("seclsuion")).isTrue();
        Query loose = QueryReading.read("seclsuion", PolicyTextAnalyzer.forQueries(), true).query();
        assertThat(ids(loose)).as(loose.toString())
                .containsExactly("d3");
        assertThat(ids(QueryReading.read("rapid tranquilisation", PolicyTextAnalyzer.forQueries(), true).query()))
                .as("one l short").containsExactly("d1");
    }

    @Test
    void theTenantFilterKeepsEveryOtherTenantOut() throws IOException {
        Query restraint = QueryReading.read("restraint OR seclusion", PolicyTextAnalyzer.forQueries(), false).query();
        Query scoped = new BooleanQuery.Builder().add(restraint, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.TENANT, "northfield")), BooleanClause.Occur.FILTER).build();
        assertThat(ids(restraint)).containsExactly("d3", "d5");
        assertThat(ids(scoped)).containsExactly("d3");
    }

    @Test
    void anItemIsFoundAgainByItsUid() throws IOException {
        assertThat(searcher.count(new TermQuery(IndexFields.uid(TenantId.of("northfield"), ItemKind.DOCUMENT, "d3"))))
                .isEqualTo(1);
    }

    @Test
    void exportedResultsArePlainTextWithNoFormulas() throws IOException {
        var hit = new org.rrhub.search.api.SearchHit(ItemKind.DOCUMENT, "d1", "northfield", "Northfield",
                "=cmd|' /C calc'!A0", LocalDate.of(2026, 3, 1), "A &lt;b&gt; &amp; <mark>seclusion</mark> rule",
                "/documents/d1");
        String csv = new String(ResultsCsv.render(new org.rrhub.search.api.SearchResults("seclusion", 1, 0, 20,
                List.of(hit), List.of(), null, false)), java.nio.charset.StandardCharsets.UTF_8);
        var records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("Title")).startsWith("'=cmd");
        assertThat(records.get(0).get("Passage")).isEqualTo("A <b> & seclusion rule");
        assertThat(records.get(0).get("Date")).isEqualTo("2026-03-01");
    }

    @Test
    void theScopeComesFromTheCallersRolesAndGrants() {
        Caller inspector = new Caller("s1", "cqc.inspector", "Ines", null, Set.of(Role.CQC_INSPECTOR));
        assertThat(SearchScope.of(inspector, List.of(), List.of("a", "b")).tenants()).containsExactly("a", "b");
        assertThat(SearchScope.of(inspector, List.of(), List.of("a")).audited()).isTrue();
        Caller staff = new Caller("s2", "n.admin", "Nia", TenantId.of("northfield"), Set.of(Role.PROVIDER_ADMIN));
        SearchScope own = SearchScope.of(staff, List.of(), List.of("a", "b"));
        assertThat(own.tenants()).containsExactly("northfield");
        assertThat(own.audited()).isFalse();
        SearchScope peer = SearchScope.of(staff, List.of("willow-house"), List.of());
        assertThat(peer.tenants()).containsExactly("northfield", "willow-house");
        assertThat(peer.auditsOpening("willow-house")).isTrue();
        assertThat(peer.auditsOpening("northfield")).isFalse();
        Caller reviewer = new Caller("s3", "rrn.reviewer", "Rae", null, Set.of(Role.RRN_REVIEWER));
        assertThat(SearchScope.of(reviewer, List.of(), List.of("a")).isEmpty()).isTrue();
    }

    @Test
    void theAccessLogChainsEachEntryToThePreviousOne() {
        AccessLogEntry first = new AccessLogEntry(1, Instant.parse("2026-11-25T10:00:00.123456Z"), "cqc.inspector",
                "cqc-inspector", "INS-2026-17", "search", "seclusion", List.of("northfield"), null,
                AccessLogEntry.GENESIS);
        AccessLogEntry second = new AccessLogEntry(2, Instant.parse("2026-11-25T10:01:00Z"), "cqc.inspector",
                "cqc-inspector", "INS-2026-17", "open", "", List.of("northfield"), "DOCUMENT d3", first.hash());
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(first.computeHash()).isEqualTo(first.hash());
        AccessLogEntry forged = new AccessLogEntry(1, Instant.parse("2026-11-25T10:00:00.123Z"), "someone.else",
                "cqc-inspector", "INS-2026-17", "search", "seclusion", List.of("northfield"), null,
                AccessLogEntry.GENESIS);
        assertThat(forged.hash()).isNotEqualTo(first.hash());
        assertThat(first.toView().tenants()).containsExactly("northfield");
    }
}
