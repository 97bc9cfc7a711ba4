package org.rrhub.search.internal;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.Facet;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.SearchItem;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The query reading, the analysis and the scope, against a real in-memory Lucene index. */
class SearchRulesTest {

    /** Every tenant of the samples: queries are read as the search reads them, inside a scope. */
    private static final Query BOTH_TENANTS = new TermInSetQuery(IndexFields.TENANT,
            List.of(new BytesRef("northfield"), new BytesRef("willow-house")));

    @TempDir
    Path dir;
    private SearchIndex index;

    private static SearchItem item(String tenant, String id, String title, String text, String... keywords) {
        return new SearchItem(TenantId.of(tenant), ItemKind.DOCUMENT, id, title, text, "/documents/" + id,
                LocalDate.of(2026, 3, 1), Map.of(Facet.DOCUMENT_KIND, List.of("POLICY")), List.of(keywords));
    }

    @BeforeEach
    void index() throws IOException {
        index = open();
        for (SearchItem item : List.of(
                    item("northfield", "d1", "Rapid tranquillisation policy",
                            "Rapid tranquillisation is a last resort after de-escalation has failed."),
                    item("northfield", "d2", "Positive behaviour support plans",
                            "Every person has a PBS plan reviewed by the multidisciplinary team."),
                    item("northfield", "d3", "Seclusion procedure", "Seclusion is reviewed by a doctor within one hour."),
                    item("willow-house", "d4", "Answer 1.15.II", "Statements that do not apply have a rationale.",
                            "1.15.II"),
                    item("willow-house", "d5", "Restraint reduction plan", "Prone restraint is never used."))) {
            put(item);
        }
        index.commitAndRefresh();
    }

    private SearchIndex open() {
        SearchIndex opened = new SearchIndex();
        opened.indexDir = dir.toString();
        opened.open();
        return opened;
    }

    private void put(SearchItem item) throws IOException {
        index.put(IndexFields.uid(item.tenant(), item.kind(), item.id()), IndexFields.toDocument(item, "NHS_TRUST", 1));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(String typed) throws IOException {
        return ids(QueryReading.read(typed, PolicyTextAnalyzer.forQueries(), false).query());
    }

    private List<String> ids(Query query) {
        Query scoped = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(BOTH_TENANTS, BooleanClause.Occur.FILTER).build();
        return index.withSearcher(searcher -> {
            try {
                List<String> ids = new java.util.ArrayList<>();
                for (var d : searcher.search(scoped, 10).scoreDocs) {
                    ids.add(searcher.storedFields().document(d.doc).get(IndexFields.ID));
                }
                return ids.stream().sorted().toList();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private long count(Query query) {
        return index.withSearcher(searcher -> {
            try {
                return (long) searcher.count(query);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
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
        assertThat(ids("seclsuion")).isEmpty();
        assertThat(QueryReading.canLoosen("seclsuion")).isTrue();
        Query loose = QueryReading.read("seclsuion", PolicyTextAnalyzer.forQueries(), true).query();
        assertThat(ids(loose)).as(loose.toString())
                .containsExactly("d3");
        assertThat(ids(QueryReading.read("rapid tranquilisation", PolicyTextAnalyzer.forQueries(), true).query()))
                .as("one l short").containsExactly("d1");
        assertThat(ids(QueryReading.read("restrant", PolicyTextAnalyzer.forQueries(), true).query()))
                .as("a letter missing, found in a title").containsExactly("d5");
        assertThat(ids(QueryReading.read("zzzzqqqq", PolicyTextAnalyzer.forQueries(), true).query())).isEmpty();
    }

    @Test
    void theVocabularyHoldsEachWordOnceOutsideEveryTenantAndSurvivesAReopen() throws IOException {
        Query seclusion = new TermQuery(new Term(IndexFields.WORD, "seclusion"));
        assertThat(count(seclusion)).as("d3 has it twice, in its title and its text").isEqualTo(1);
        assertThat(count(new TermQuery(new Term(IndexFields.WORD, "the")))).as("shorter than four letters").isZero();
        assertThat(count(new TermQuery(new Term(IndexFields.WORD, "1.15.ii")))).as("not a plain word").isZero();
        assertThat(index.documents()).as("words are not items").isEqualTo(5);
        assertThat(ids("-nothingmatches")).as("no scope reads a word").hasSize(5);

        index.close();
        index = open();
        put(item("northfield", "d6", "Seclusion review", "Seclusion and segregation are reviewed."));
        index.commitAndRefresh();
        assertThat(count(seclusion)).as("known from the reopened index, not written again").isEqualTo(1);
        assertThat(index.documents()).isEqualTo(6);
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
        assertThat(count(new TermQuery(IndexFields.uid(TenantId.of("northfield"), ItemKind.DOCUMENT, "d3"))))
                .isEqualTo(1);
    }

    @Test
    void anIndexWrittenInAnotherLayoutIsEmptiedForARebuild() throws IOException {
        assertThat(index.needsRebuild()).as("a new index is built from the database").isTrue();
        index.rebuildFinished(true);
        index.close();
        index = open();
        assertThat(index.needsRebuild()).as("the same layout is kept").isFalse();
        assertThat(index.documents()).isEqualTo(5);
        index.close();
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of("rrhub.layout", "1").entrySet());
            writer.commit();
        }
        index = open();
        assertThat(index.needsRebuild()).isTrue();
        assertThat(index.documents()).isZero();
    }

    @Test
    void aDeletedFileOfTheLastCommitIsNoticedAndTheIndexReplacedByAnEmptyOneToRebuild() throws IOException {
        assertThat(index.isIntact()).isTrue();
        try (var files = java.nio.file.Files.list(dir)) {
            Path segment = files.filter(f -> !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().equals("write.lock")).findFirst().orElseThrow();
            java.nio.file.Files.delete(segment);
        }
        assertThat(index.isIntact()).isFalse();
        assertThat(ids("seclusion")).as("the open reader still answers").containsExactly("d3");

        index.replaceDamaged();
        assertThat(index.isIntact()).isTrue();
        assertThat(index.needsRebuild()).isTrue();
        assertThat(index.isRebuilding()).as("searches say so").isTrue();
        assertThat(ids("seclusion")).isEmpty();
        put(item("northfield", "d3", "Seclusion procedure", "Seclusion is reviewed by a doctor within one hour."));
        index.commitAndRefresh();
        assertThat(ids("seclusion")).as("written again").containsExactly("d3");
        assertThat(count(new TermQuery(new Term(IndexFields.WORD, "seclusion")))).as("its words too").isEqualTo(1);
    }

    @Test
    void aChosenFacetKeepsItsOtherValuesCountedWithinTheScopeWhileTheOtherFacetsFollowTheChoice() {
        DefaultSearch search = new DefaultSearch();
        search.index = index;
        SearchScope inspector = new SearchScope(new java.util.LinkedHashSet<>(List.of("northfield", "willow-house")),
                true, "cqc-inspector", null);
        var request = new org.rrhub.search.api.SearchRequest("", Map.of(Facet.TENANT, "willow-house"), null, null, 0,
                false, "INS-1");
        var results = search.run(inspector, request, QueryReading.read("", PolicyTextAnalyzer.forQueries(), false),
                Map.of());
        assertThat(results.total()).isEqualTo(2);
        assertThat(counts(results, Facet.TENANT)).as("drill sideways: the other organisation stays in sight")
                .containsExactly("northfield=3", "willow-house=2*");
        assertThat(counts(results, Facet.DOCUMENT_KIND)).as("the other facets count the chosen organisation")
                .containsExactly("POLICY=2");

        SearchScope provider = new SearchScope(Set.of("willow-house"), false, "provider", "willow-house");
        var own = search.run(provider, new org.rrhub.search.api.SearchRequest("", Map.of(Facet.DOCUMENT_KIND,
                "POLICY"), null, null, 0, false, null), QueryReading.read("", PolicyTextAnalyzer.forQueries(), false),
                Map.of());
        assertThat(counts(own, Facet.DOCUMENT_KIND)).as("sideways counts stay within the scope")
                .containsExactly("POLICY=2*");
    }

    private static List<String> counts(org.rrhub.search.api.SearchResults results, Facet facet) {
        return results.facets().stream().filter(g -> g.facet() == facet)
                .flatMap(g -> g.counts().stream())
                .map(c -> c.value() + "=" + c.count() + (c.selected() ? "*" : "")).toList();
    }

    @Test
    void aFacetValueFiltersByTheTermTheFacetsConfigurationIndexed() {
        assertThat(ids(IndexFields.facetFilter(Facet.DOCUMENT_KIND, "POLICY"))).hasSize(5);
        assertThat(ids(IndexFields.facetFilter(Facet.TENANT, "willow-house"))).containsExactly("d4", "d5");
        assertThat(ids(IndexFields.facetFilter(Facet.DOCUMENT_KIND, "PROCEDURE"))).isEmpty();
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
        assertThat(first.toViewFor("northfield").tenants()).containsExactly("northfield");
    }

    @Test
    void aProviderReadsItsOwnNameInAnEntryAndOnlyHowManyOthersTheSearchCovered() {
        AccessLogEntry wide = new AccessLogEntry(1, Instant.parse("2026-11-25T10:00:00Z"), "cqc.inspector",
                "cqc-inspector", "INS-2026-17", "search", "seclusion", List.of("ashby", "northfield", "willow-house"),
                null, AccessLogEntry.GENESIS);
        var seen = wide.toViewFor("northfield");
        assertThat(seen.tenants()).containsExactly("northfield");
        assertThat(seen.otherOrganisations()).isEqualTo(2);
        assertThat(seen.toString()).doesNotContain("ashby").doesNotContain("willow-house");
        assertThat(seen.hash()).as("the chain's hash, still of the full entry").isEqualTo(wide.computeHash());
        assertThat(wide.toViewFor("elsewhere").tenants()).isEmpty();
    }
}
