package org.rrhub.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A word the searcher may have misspelt: the {@link Vocabulary}'s words within {@code edits} of it (typed words are
 * compared as written, since a misspelling rarely stems like the word it meant), searched as their stems in the
 * title and the text. It rewrites to plain term queries, so searching, facet counts and highlighting all read it
 * the same way.
 */
final class SimilarWordsQuery extends Query {

    /** At most this many close words: "restraint" misspelt has a handful, a short word could have hundreds. */
    static final int MOST_WORDS = 50;
    private static final Analyzer STEMS = PolicyTextAnalyzer.forStems();

    private final String word;
    private final int edits;

    SimilarWordsQuery(String word, int edits) {
        this.word = word;
        this.edits = edits;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Set<Term> close = new LinkedHashSet<>();
        searcher.rewrite(new FuzzyQuery(new Term(IndexFields.WORD, word), edits, 0, MOST_WORDS, true))
                .visit(QueryVisitor.termCollector(close));
        Set<String> stems = new LinkedHashSet<>();
        close.forEach(term -> stems.addAll(stems(term.text())));
        if (stems.isEmpty()) {
            return new MatchNoDocsQuery("no word close to " + word);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String stem : stems) {
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, stem)), 2f), BooleanClause.Occur.SHOULD);
            any.add(new TermQuery(new Term(IndexFields.TEXT, stem)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static Set<String> stems(String word) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream tokens = STEMS.tokenStream(IndexFields.TEXT, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "similar(" + word + "~" + edits + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && word.equals(((SimilarWordsQuery) other).word)
                && edits == ((SimilarWordsQuery) other).edits;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), word, edits);
    }
}
