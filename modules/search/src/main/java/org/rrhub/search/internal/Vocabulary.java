package org.rrhub.search.internal;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every word the index has seen as written (lower-cased, unstemmed), once, for typo tolerance: a misspelt word is
 * compared with these and searched as the stems of the close ones. Kept as one small document per word rather than
 * as a second copy of every item's text, so indexing inverts each text once. Words are learnt while items are
 * analysed and written by {@link SearchIndex#put}; they carry no tenant, so no search can ever return them.
 */
final class Vocabulary {

    static final int SHORTEST = 4;
    static final int LONGEST = 40;
    /** Past this many words new ones are not learnt (tens of megabytes): typo tolerance covers the words known. */
    static final int MOST = 500_000;

    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private final Queue<String> unwritten = new ConcurrentLinkedQueue<>();

    /** Only words that typo tolerance reads: plain letters, as the query side's bare words are. */
    static boolean isWord(CharTermAttribute term) {
        int length = term.length();
        if (length < SHORTEST || length > LONGEST) {
            return false;
        }
        char[] chars = term.buffer();
        for (int i = 0; i < length; i++) {
            if (chars[i] < 'a' || chars[i] > 'z') {
                return false;
            }
        }
        return true;
    }

    void offer(String word) {
        if (known.size() < MOST && known.add(word)) {
            unwritten.add(word);
        }
    }

    /** The words learnt since the last call, for the index to write. */
    List<String> takeUnwritten() {
        List<String> words = new ArrayList<>();
        for (String word = unwritten.poll(); word != null; word = unwritten.poll()) {
            words.add(word);
        }
        return words;
    }

    /** The words an existing index already holds, so they are not written again. */
    void load(IndexReader reader) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, IndexFields.WORD);
        if (terms == null) {
            return;
        }
        TermsEnum words = terms.iterator();
        for (BytesRef word = words.next(); word != null && known.size() < MOST; word = words.next()) {
            known.add(word.utf8ToString());
        }
    }

    int size() {
        return known.size();
    }
}
