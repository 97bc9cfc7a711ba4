package org.rrhub.search.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rrhub.core.api.TenantId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The one shared index: one Directory, one IndexWriter, one SearcherManager for near-real-time readers. Searchers
 * are acquired and released in finally; nothing of Lucene leaves this module. Closed in a fixed order: searcher
 * manager, writer, directory. A missing or corrupt index is detected on open, emptied, and marked for a rebuild
 * from the database.
 */
@ApplicationScoped
class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    @ConfigProperty(name = "rrhub.index.dir", defaultValue = "data/index")
    String indexDir;

    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private final AtomicBoolean needsRebuild = new AtomicBoolean();
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    @PostConstruct
    void open() {
        try {
            Path path = Path.of(indexDir);
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(directory)) {
                needsRebuild.set(true);
            } else if (!isHealthy()) {
                LOG.warning(() -> "The search index at " + path + " is damaged: it is emptied and rebuilt from the database");
                directory.close();
                deleteContents(path);
                directory = FSDirectory.open(path);
                needsRebuild.set(true);
            }
            writer = new IndexWriter(directory, new IndexWriterConfig(PolicyTextAnalyzer.forIndexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("The search index at " + indexDir + " cannot be opened", e);
        }
    }

    private boolean isHealthy() {
        try (CheckIndex check = new CheckIndex(directory)) {
            check.setChecksumsOnly(true);
            return check.checkIndex().clean;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Checking the search index failed", e);
            return false;
        }
    }

    private static void deleteContents(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(path)) {
                    Files.delete(p);
                }
            }
        }
    }

    boolean needsRebuild() {
        return needsRebuild.get();
    }

    void rebuildStarted() {
        rebuilding.set(true);
    }

    void rebuildFinished() {
        needsRebuild.set(false);
        rebuilding.set(false);
    }

    /** While a full rebuild from an empty index runs, results are incomplete and the page says so. */
    boolean isRebuilding() {
        return rebuilding.get() || needsRebuild.get();
    }

    void put(Term uid, Document doc) throws IOException {
        writer.updateDocument(uid, doc);
    }

    void delete(Term uid) throws IOException {
        writer.deleteDocuments(uid);
    }

    /** Drops the tenant's documents that the rebuild of {@code generation} did not write again. */
    void deleteOlderThan(TenantId tenant, long generation) throws IOException {
        writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TENANT, tenant.value())), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(IndexFields.GENERATION, Long.MIN_VALUE, generation - 1),
                        BooleanClause.Occur.FILTER)
                .build());
    }

    void deleteTenant(TenantId tenant) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.TENANT, tenant.value()));
    }

    /** Makes the changes durable, then visible to new searches. */
    void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    <T> T withSearcher(Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long documents() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @PreDestroy
    void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        }
    }
}
