package org.rrhub.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.Facet;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.SearchItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The index layout: one shared index, every document carrying its tenant as an indexed keyword (the discriminator
 * layout, as Hibernate Search does it), so isolation is one filter and a tenant is deleted or rebuilt by its term.
 */
final class IndexFields {

    /**
     * The layout of the fields and their analysis. An index written in another layout is rebuilt from the database
     * when it is opened: change this with any change to what is indexed or how it is analysed.
     */
    static final String LAYOUT = "2";

    static final String UID = "uid";
    static final String TENANT = "tenant";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** A word of the {@link Vocabulary}, as written, on a document of its own. */
    static final String WORD = "word";
    static final String KEYWORD = "keyword";
    static final String DATE = "date";
    static final String URL = "url";
    static final String GENERATION = "generation";

    /** Stored with offsets, so the highlighter finds passages without re-analysing the text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** Words' documents have no tenant, so no search reads them; their uids cannot meet an item's (no tenant has #). */
    private static final String WORD_UID_PREFIX = "#word/";
    private static final String WORD_KIND = "#word";

    static final FacetsConfig FACETS = facetsConfig();

    private IndexFields() {
    }

    static Term uid(TenantId tenant, ItemKind kind, String id) {
        return new Term(UID, tenant.value() + "/" + kind.name() + "/" + id);
    }

    static Document toDocument(SearchItem item, String sector, long generation) {
        Document doc = new Document();
        doc.add(new StringField(UID, uid(item.tenant(), item.kind(), item.id()).text(), Field.Store.NO));
        doc.add(new StringField(TENANT, item.tenant().value(), Field.Store.YES));
        doc.add(new StringField(KIND, item.kind().name(), Field.Store.YES));
        doc.add(new StoredField(ID, item.id()));
        // Titles are shown as they are, never highlighted: positions for phrases, no offsets.
        doc.add(new TextField(TITLE, item.title(), Field.Store.YES));
        doc.add(new Field(TEXT, item.text(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(URL, item.url()));
        doc.add(new LongPoint(GENERATION, generation));
        item.keywords().forEach(k -> doc.add(new StringField(KEYWORD, k.toLowerCase(java.util.Locale.ROOT),
                Field.Store.NO)));
        if (item.date() != null) {
            long day = item.date().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new StoredField(DATE + "_stored", day));
        }
        facet(doc, Facet.TENANT, item.tenant().value());
        facet(doc, Facet.KIND, item.kind().name());
        if (sector != null) {
            facet(doc, Facet.SECTOR, sector);
        }
        item.facets().forEach((facet, values) -> values.stream().filter(v -> v != null && !v.isBlank()).distinct()
                .forEach(v -> facet(doc, facet, v)));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexed by {@link FacetsConfig#build} as a drill-down term (for filtering) and as doc values (for counting). */
    private static void facet(Document doc, Facet facet, String value) {
        doc.add(new SortedSetDocValuesFacetField(facet.field(), value));
    }

    /** What filters on a facet's value: the drill-down term the facets configuration indexed. */
    static Query facetFilter(Facet facet, String value) {
        return new TermQuery(DrillDownQuery.term(FACETS.getDimConfig(facet.field()).indexFieldName, facet.field(),
                value));
    }

    static Term wordUid(String word) {
        return new Term(UID, WORD_UID_PREFIX + word);
    }

    static Document wordDocument(String word) {
        Document doc = new Document();
        doc.add(new StringField(UID, wordUid(word).text(), Field.Store.NO));
        doc.add(new StringField(WORD, word, Field.Store.NO));
        doc.add(new StringField(KIND, WORD_KIND, Field.Store.NO));
        return doc;
    }

    static Query wordDocuments() {
        return new TermQuery(new Term(KIND, WORD_KIND));
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.field(), true);
        }
        return config;
    }

    static List<Facet> facets() {
        return List.of(Facet.values());
    }
}
