package org.rrhub.search.internal;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Tells the {@link Vocabulary} of each word the stream passes on, as written, leaving the tokens unchanged. The
 * words this stream has already told are remembered here (the stream is reused by one indexing thread), so a word
 * costs a lookup in a small local set, not a string and a lookup in the shared one.
 */
final class VocabularyFilter extends TokenFilter {

    private static final int REMEMBERED = 100_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Vocabulary vocabulary;
    private final CharArraySet told = new CharArraySet(4096, false);

    VocabularyFilter(TokenStream input, Vocabulary vocabulary) {
        super(input);
        this.vocabulary = vocabulary;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (Vocabulary.isWord(term) && !told.contains(term.buffer(), 0, term.length())) {
            if (told.size() >= REMEMBERED) {
                told.clear();
            }
            String word = term.toString();
            told.add(word);
            vocabulary.offer(word);
        }
        return true;
    }
}
