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
import org.apache.lucene.index.SegmentInfos;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
    private static final String LAYOUT_KEY = "rrhub.layout";

    @Inject
    @ConfigProperty(name = "rrhub.index.dir", defaultValue = "data/index")
    String indexDir;

    private Directory directory;
    private Vocabulary vocabulary;
    private IndexWriter writer;
    private SearcherManager searchers;
    /**
     * Everything that reads or writes the index holds the read side; replacing a damaged index holds the write side,
     * so no search or write ever meets a closed writer or searcher manager.
     */
    private final ReentrantReadWriteLock replacing = new ReentrantReadWriteLock();
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
                empty(path);
            } else if (!IndexFields.LAYOUT.equals(layout())) {
                LOG.info(() -> "The search index at " + path + " was written in an earlier layout: it is emptied and "
                        + "rebuilt from the database");
                empty(path);
            }
            vocabulary = new Vocabulary();
            writer = new IndexWriter(directory, new IndexWriterConfig(PolicyTextAnalyzer.forIndexing(vocabulary))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.setLiveCommitData(Map.of(LAYOUT_KEY, IndexFields.LAYOUT).entrySet());
            writer.commit();
            searchers = new SearcherManager(writer, null);
            withSearcher(searcher -> {
                try {
                    vocabulary.load(searcher.getIndexReader());
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The search index at " + indexDir + " cannot be opened", e);
        }
    }

    private void empty(Path path) throws IOException {
        directory.close();
        deleteContents(path);
        directory = FSDirectory.open(path);
        needsRebuild.set(true);
    }

    /** The layout the last commit was written in (fields, analysis), kept in the commit's user data. */
    private String layout() throws IOException {
        return SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY);
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

    /** @param wholeIndex whether every tenant was written again, so an index that needed a rebuild has had it */
    void rebuildFinished(boolean wholeIndex) {
        if (wholeIndex) {
            needsRebuild.set(false);
        }
        rebuilding.set(false);
    }

    /** While a full rebuild from an empty index runs, results are incomplete and the page says so. */
    boolean isRebuilding() {
        return rebuilding.get() || needsRebuild.get();
    }

    /** Writes the item, then any word its analysis taught the vocabulary: they are committed together. */
    void put(Term uid, Document doc) throws IOException {
        writing(() -> {
            writer.updateDocument(uid, doc);
            for (String word : vocabulary.takeUnwritten()) {
                writer.updateDocument(IndexFields.wordUid(word), IndexFields.wordDocument(word));
            }
        });
    }

    void delete(Term uid) throws IOException {
        writing(() -> writer.deleteDocuments(uid));
    }

    /** Drops the tenant's documents that the rebuild of {@code generation} did not write again. */
    void deleteOlderThan(TenantId tenant, long generation) throws IOException {
        writing(() -> writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TENANT, tenant.value())), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(IndexFields.GENERATION, Long.MIN_VALUE, generation - 1),
                        BooleanClause.Occur.FILTER)
                .build()));
    }

    void deleteTenant(TenantId tenant) throws IOException {
        writing(() -> writer.deleteDocuments(new Term(IndexFields.TENANT, tenant.value())));
    }

    /** Makes the changes durable, then visible to new searches. */
    void commitAndRefresh() throws IOException {
        writing(() -> {
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
    }

    <T> T withSearcher(Function<IndexSearcher, T> work) {
        replacing.readLock().lock();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            replacing.readLock().unlock();
        }
    }

    private interface IndexWrite {
        void run() throws IOException;
    }

    private void writing(IndexWrite write) throws IOException {
        replacing.readLock().lock();
        try {
            write.run();
        } finally {
            replacing.readLock().unlock();
        }
    }

    /**
     * Whether every file of the last commit is still there and the commit itself reads back with its checksum: what
     * a deleted or truncated index directory fails. (A full check of every file's checksum reads the whole index, so
     * it runs only when the index is opened.) A commit or merge finishing meanwhile deletes the files of the commit
     * read here: a missing file means damage only if no newer commit has replaced the one read.
     */
    boolean isIntact() {
        replacing.readLock().lock();
        try {
            for (int attempt = 1; ; attempt++) {
                SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
                try {
                    for (String file : commit.files(true)) {
                        directory.fileLength(file);
                    }
                    return true;
                } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException missing) {
                    if (attempt == 3 || SegmentInfos.readLatestCommit(directory).getGeneration()
                            == commit.getGeneration()) {
                        throw missing;
                    }
                }
            }
        } catch (IOException | RuntimeException damaged) {
            LOG.warning(() -> "The search index at " + indexDir + " is damaged: " + damaged);
            return false;
        } finally {
            replacing.readLock().unlock();
        }
    }

    /**
     * Replaces a damaged index with an empty one, marked for a rebuild from the database: searches go on meanwhile,
     * saying the index is rebuilding, and find what has been written again so far.
     */
    void replaceDamaged() {
        replacing.writeLock().lock();
        try {
            closeQuietly(true);
            Path path = Path.of(indexDir);
            if (Files.isDirectory(path)) {
                deleteContents(path);
            }
            open();
            needsRebuild.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException("The damaged search index at " + indexDir + " cannot be replaced", e);
        } finally {
            replacing.writeLock().unlock();
        }
    }

    /** The items searchable, not counting the vocabulary's words. */
    long documents() {
        return withSearcher(s -> {
            try {
                return (long) s.getIndexReader().numDocs() - s.count(IndexFields.wordDocuments());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PreDestroy
    void close() {
        replacing.writeLock().lock();
        try {
            closeQuietly(false);
        } finally {
            replacing.writeLock().unlock();
        }
    }

    /** In a fixed order: searcher manager, writer (its uncommitted changes dropped when damaged), directory. */
    private void closeQuietly(boolean damaged) {
        try {
            if (searchers != null) {
                searchers.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index's searchers failed", e);
        }
        try {
            if (writer != null) {
                if (damaged) {
                    writer.rollback();
                } else {
                    writer.close();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index's writer failed", e);
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the search index's directory failed", e);
        }
    }
}
