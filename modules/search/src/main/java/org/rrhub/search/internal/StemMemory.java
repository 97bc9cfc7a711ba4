package org.rrhub.search.internal;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;
import java.util.Arrays;

/**
 * The indexing chain's stemming: Porter's, with each word's stem remembered, and each word seen for the first time
 * told to the {@link Vocabulary}. Policy text repeats a few thousand words, and running Porter's algorithm on every
 * token was an eighth of indexing. Two filters around Lucene's own {@link PorterStemFilter} share this memory: the
 * first puts the stem of a word seen before in its place and marks it a keyword, which the stemmer passes by; the
 * second remembers what the stemmer made of a word it had not seen. The terms are exactly the stemmer's, and a known
 * word costs one lookup here for both jobs. One memory belongs to one analysis chain, which one thread uses at a time.
 */
final class StemMemory {

    /** Past this many words the memory starts again: a bound on its size, whatever the text. */
    static final int MOST = 50_000;

    private final CharArrayMap<char[]> stems = new CharArrayMap<>(4096, false);
    private final Vocabulary vocabulary;
    private char[] word = new char[64];
    private int wordLength = -1;

    private StemMemory(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The stemming step of an indexing chain: {@code stream} stemmed through a memory, teaching the vocabulary. */
    static TokenStream stem(TokenStream stream, Vocabulary vocabulary) {
        StemMemory memory = new StemMemory(vocabulary);
        return memory.new Remember(new PorterStemFilter(memory.new Recall(stream)));
    }

    private final class Recall extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Recall(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            wordLength = -1;
            // Only plain words are remembered: numbers, ids and short words stem at no cost, and would crowd the memory.
            if (keyword.isKeyword() || !Vocabulary.isWord(term)) {
                return true;
            }
            char[] stem = stems.get(term.buffer(), 0, term.length());
            if (stem != null) {
                term.copyBuffer(stem, 0, stem.length);
                keyword.setKeyword(true);
            } else {
                if (word.length < term.length()) {
                    word = new char[term.length()];
                }
                System.arraycopy(term.buffer(), 0, word, 0, term.length());
                wordLength = term.length();
                vocabulary.offer(term.toString());
            }
            return true;
        }
    }

    private final class Remember extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Remember(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (wordLength >= 0) {
                if (stems.size() >= MOST) {
                    stems.clear();
                }
                stems.put(Arrays.copyOf(word, wordLength), Arrays.copyOf(term.buffer(), term.length()));
            }
            return true;
        }
    }
}
