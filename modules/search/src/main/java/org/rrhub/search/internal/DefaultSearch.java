package org.rrhub.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.Facet;
import org.rrhub.search.api.FacetCount;
import org.rrhub.search.api.FacetGroup;
import org.rrhub.search.api.IndexedItem;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.Search;
import org.rrhub.search.api.SearchHit;
import org.rrhub.search.api.SearchRequest;
import org.rrhub.search.api.SearchResults;
import org.rrhub.tenants.api.GrantView;
import org.rrhub.tenants.api.ReviewAccess;
import org.rrhub.tenants.api.Sector;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.tenants.api.TenantSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place queries run. Every query is the caller's query AND a filter on the tenants of the caller's scope,
 * built here from the verified caller; hits, facet counts and snippets all come from that filtered query, so
 * nothing outside the scope can show through any of them.
 */
@ApplicationScoped
class DefaultSearch implements Search {

    private static final long TIMEOUT_MS = 2_000;
    private final Analyzer queryAnalyzer = PolicyTextAnalyzer.forQueries();

    @Inject
    SearchIndex index;

    @Inject
    TenantContext tenantContext;

    @Inject
    ReviewAccess reviewAccess;

    @Inject
    TenantRegistry tenants;

    @Inject
    AccessLogWriter accessLog;

    /** The facet state is per reader: cached for the reader it was built from, rebuilt when the reader changes. */
    private volatile SortedSetDocValuesReaderState facetState;

    @Override
    public boolean purposeRequired() {
        return reach().scope().audited();
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return searchAndLog(request, PAGE_SIZE, "search");
    }

    @Override
    public byte[] exportCsv(SearchRequest request) {
        SearchRequest first = new SearchRequest(request.text(), request.filters(), request.from(), request.to(), 0,
                request.byDate(), request.purpose());
        return ResultsCsv.render(searchAndLog(first, EXPORT_MAX, "export"));
    }

    private SearchResults searchAndLog(SearchRequest request, int pageSize, String action) {
        Reach reach = reach();
        SearchScope scope = reach.scope();
        String purpose = purpose(scope, request.purpose());
        Map<String, String> names = reach.names();
        if (scope.isEmpty()) {
            return new SearchResults(request.text(), 0, 0, pageSize, List.of(), List.of(),
                    "You have no organisation to search.", false);
        }
        QueryReading.Reading reading = QueryReading.read(request.text(), queryAnalyzer, false);
        SearchResults results = run(scope, request, reading, names, pageSize);
        if (results.total() == 0 && QueryReading.canLoosen(request.text())) {
            QueryReading.Reading loose = QueryReading.read(request.text(), queryAnalyzer, true);
            SearchResults tolerant = run(scope, request, loose, names, pageSize);
            if (tolerant.total() > 0) {
                results = new SearchResults(tolerant.text(), tolerant.total(), tolerant.page(), tolerant.pageSize(),
                        tolerant.hits(), tolerant.facets(), "No exact matches: showing results for similar spellings.",
                        tolerant.rebuilding());
            }
        }
        if (scope.audited()) {
            accessLog.append(tenantContext.actor(), scope.role(), purpose, action, describe(request),
                    touched(results, scope), null);
        }
        return results;
    }

    /** The organisations whose items the search matched: what each provider's view of the log shows. */
    private static List<String> touched(SearchResults results, SearchScope scope) {
        return results.facets().stream().filter(g -> g.facet() == Facet.TENANT).findFirst()
                .map(g -> g.counts().stream().map(FacetCount::value).toList())
                .orElseGet(() -> results.total() == 0 ? List.of() : List.copyOf(scope.tenants()));
    }

    SearchResults run(SearchScope scope, SearchRequest request, QueryReading.Reading reading,
                      Map<String, String> names) {
        return run(scope, request, reading, names, PAGE_SIZE);
    }

    private SearchResults run(SearchScope scope, SearchRequest request, QueryReading.Reading reading,
                              Map<String, String> names, int pageSize) {
        Query filtered = filtered(scope, request, request.filters(), reading.query());
        return index.withSearcher(shared -> {
            try {
                // A searcher of its own over the shared reader: the time limit belongs to this search alone (the
                // shared searcher is used by every thread, and a limit set on it would cut other searches short).
                IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
                searcher.setTimeout(new QueryTimeoutImpl(TIMEOUT_MS));
                int wanted = Math.min((request.page() + 1) * pageSize, MAX_RESULTS);
                // By relevance without a Sort: Lucene's score collector, lighter per hit than a field comparator.
                FacetsCollectorManager.FacetsResult facetsResult = request.byDate()
                        ? FacetsCollectorManager.search(searcher, filtered, wanted, new Sort(new SortField(
                                IndexFields.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE),
                        new FacetsCollectorManager())
                        : FacetsCollectorManager.search(searcher, filtered, wanted, new FacetsCollectorManager());
                TopDocs top = facetsResult.topDocs();
                int from = request.page() * pageSize;
                ScoreDoc[] page = from >= top.scoreDocs.length ? new ScoreDoc[0]
                        : Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + pageSize));
                List<SearchHit> hits = hits(searcher, reading.query(), page, scope, names);
                List<FacetGroup> facets = facets(searcher, facetsResult.facetsCollector(), request, reading.query(),
                        scope, names);
                return new SearchResults(request.text(), top.totalHits.value, request.page(), pageSize, hits, facets,
                        reading.notice(), index.isRebuilding());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The caller's query within the scope, the chosen facet values and the dates. */
    private Query filtered(SearchScope scope, SearchRequest request, Map<Facet, String> chosen, Query query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(IndexFields.TENANT, scope.tenants().stream().map(BytesRef::new).toList()),
                        BooleanClause.Occur.FILTER);
        chosen.forEach((facet, value) -> {
            if (value != null && !value.isBlank()) {
                builder.add(IndexFields.facetFilter(facet, value), BooleanClause.Occur.FILTER);
            }
        });
        if (request.from() != null || request.to() != null) {
            builder.add(LongPoint.newRangeQuery(IndexFields.DATE,
                    request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay(),
                    request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * The page's hits with their passages. The hits are already known to be in scope, so their passages are found by
     * the words searched for alone: the scope's filter would add nothing to a passage but the highlighter's work (for
     * an inspector, a thousand tenant terms matched again on every hit).
     */
    private List<SearchHit> hits(IndexSearcher searcher, Query searched, ScoreDoc[] page, SearchScope scope,
                                 Map<String, String> names) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, queryAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000).build();
        String[] snippets = highlighter.highlight(IndexFields.TEXT, searched, new TopDocs(
                new org.apache.lucene.search.TotalHits(page.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
                page), 2);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc);
            String tenant = doc.get(IndexFields.TENANT);
            ItemKind kind = ItemKind.valueOf(doc.get(IndexFields.KIND));
            String id = doc.get(IndexFields.ID);
            String snippet = snippets[i] != null ? snippets[i] : escapedStart(doc.get(IndexFields.TEXT));
            String url = tenant.equals(scope.ownTenant()) ? doc.get(IndexFields.URL)
                    : "/search/items/" + tenant + "/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + id;
            hits.add(new SearchHit(kind, id, tenant, names.getOrDefault(tenant, tenant), doc.get(IndexFields.TITLE),
                    date(doc), snippet, url));
        }
        return hits;
    }

    private static LocalDate date(Document doc) {
        var stored = doc.getField(IndexFields.DATE + "_stored");
        return stored == null ? null : LocalDate.ofEpochDay(stored.numericValue().longValue());
    }

    private static String escapedStart(String text) {
        String start = text == null ? "" : text.length() > 240 ? text.substring(0, 240) + " …" : text;
        return start.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The counts of every facet for the filtered query, except that a facet with a chosen value is counted as if
     * that choice alone were not made (drill sideways), so its other values stay in sight with their counts. Every
     * count stays within the caller's scope: only the facet's own choice is left out.
     */
    private List<FacetGroup> facets(IndexSearcher searcher, FacetsCollector collector, SearchRequest request,
                                    Query query, SearchScope scope, Map<String, String> names) throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return List.of();
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (facet == Facet.TENANT && !scope.crossTenant() || facet == Facet.SECTOR && !scope.crossTenant()) {
                continue;
            }
            String selected = request.filters().get(facet);
            Facets source = selected == null || selected.isBlank() ? counts
                    : new SortedSetDocValuesFacetCounts(state, sideways(searcher, scope, request, facet, query));
            FacetResult result;
            try {
                result = source.getTopChildren(facet == Facet.TENANT ? 10_000 : 50, facet.field());
            } catch (IllegalArgumentException noSuchDimension) {
                continue;
            }
            if (result == null || result.labelValues.length == 0) {
                continue;
            }
            List<FacetCount> values = Arrays.stream(result.labelValues)
                    .map((LabelAndValue lv) -> new FacetCount(lv.label, label(facet, lv.label, names),
                            lv.value.longValue(), lv.label.equals(selected)))
                    .toList();
            groups.add(new FacetGroup(facet, values));
        }
        return groups;
    }

    /** The matches of the query with every choice but {@code facet}'s, for that facet's counts. */
    private FacetsCollector sideways(IndexSearcher searcher, SearchScope scope, SearchRequest request, Facet facet,
                                     Query query) throws IOException {
        Map<Facet, String> others = new java.util.EnumMap<>(Facet.class);
        others.putAll(request.filters());
        others.remove(facet);
        return searcher.search(filtered(scope, request, others, query), new FacetsCollectorManager());
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState state = facetState;
        if (state == null || state.getReader() != reader) {
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.FACETS);
            } catch (IllegalArgumentException emptyIndex) {
                return null;
            }
            facetState = state;
        }
        return state;
    }

    private static String label(Facet facet, String value, Map<String, String> names) {
        try {
            return switch (facet) {
                case TENANT -> names.getOrDefault(value, value);
                case KIND -> ItemKind.valueOf(value).label();
                case SECTOR -> Sector.valueOf(value).label();
                case DOMAIN -> StrategyDomain.valueOf(value).title();
                default -> value.charAt(0) + value.substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            };
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }

    @Override
    public IndexedItem open(String tenant, ItemKind kind, String id, String purpose) {
        Reach reach = reach();
        SearchScope scope = reach.scope();
        if (tenant == null || kind == null || id == null || !scope.tenants().contains(tenant)) {
            throw new NotFoundException("Item");
        }
        String statedPurpose = scope.auditsOpening(tenant) ? purpose(scope, purpose) : purpose;
        IndexedItem item = index.withSearcher(searcher -> {
            try {
                TopDocs found = searcher.search(new TermQuery(IndexFields.uid(TenantId.of(tenant), kind, id)), 1);
                if (found.scoreDocs.length == 0) {
                    return null;
                }
                Document doc = searcher.storedFields().document(found.scoreDocs[0].doc);
                return new IndexedItem(kind, id, tenant, reach.names().getOrDefault(tenant, tenant),
                        doc.get(IndexFields.TITLE), date(doc), doc.get(IndexFields.TEXT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (item == null) {
            throw new NotFoundException("Item");
        }
        if (scope.auditsOpening(tenant)) {
            accessLog.append(tenantContext.actor(), scope.role(), statedPurpose, "open", "",
                    List.of(tenant), kind.name() + " " + id);
        }
        return item;
    }

    private static String purpose(SearchScope scope, String purpose) {
        String stated = purpose == null ? "" : purpose.strip();
        if (scope.audited() && stated.isEmpty()) {
            throw InvalidInputException.of("purpose",
                    "State the purpose of your access, for example an inspection reference");
        }
        if (stated.length() > 300) {
            throw InvalidInputException.of("purpose", "The purpose must be 300 characters or fewer");
        }
        return stated;
    }

    private static String describe(SearchRequest request) {
        String filters = request.filters().entrySet().stream().map(e -> e.getKey().field() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        String text = (request.text() == null ? "" : request.text().strip()) + (filters.isEmpty() ? "" : " [" + filters + "]");
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    /** The caller's scope and the names of the organisations in it, read once per request. */
    private record Reach(SearchScope scope, Map<String, String> names) {
    }

    /**
     * Only an inspector's scope is every active organisation, so only then is the whole list read; a provider's or
     * reviewer's request reads just the organisations in its scope, however many the platform holds.
     */
    private Reach reach() {
        Caller caller = tenantContext.caller().orElseThrow(() -> new NotFoundException("Search"));
        List<String> granted = reviewAccess.currentGrantsFor(caller.username()).stream().map(GrantView::tenant)
                .toList();
        if (caller.hasRole(org.rrhub.core.api.Role.CQC_INSPECTOR)) {
            List<TenantSummary> all = tenants.list();
            List<String> active = all.stream().filter(TenantSummary::isActive).map(t -> t.id().value()).toList();
            return new Reach(SearchScope.of(caller, granted, active), names(all));
        }
        SearchScope scope = SearchScope.of(caller, granted, List.of());
        List<TenantSummary> inScope = scope.tenants().stream().map(TenantId::of).map(tenants::find)
                .flatMap(java.util.Optional::stream).toList();
        return new Reach(scope, names(inScope));
    }

    private static Map<String, String> names(List<TenantSummary> all) {
        return all.stream().collect(Collectors.toMap(t -> t.id().value(), TenantSummary::name, (a, b) -> a));
    }
}
