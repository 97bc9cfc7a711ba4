package org.rrhub.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * English policy text: possessives dropped, lower-cased, English stop words removed, Porter-stemmed. The query side
 * adds the domain's synonyms (RT and rapid tranquillisation, PBS and positive behaviour support, MDT, seclusion and
 * segregation...), expanded at query time only, so changing them needs no reindex.
 */
final class PolicyTextAnalyzer extends Analyzer {

    /** Each line: words that mean the same to the people who search. */
    static final List<List<String>> SYNONYMS = List.of(
            List.of("rt", "rapid tranquillisation", "rapid tranquilization"),
            List.of("pbs", "positive behaviour support", "positive behavior support"),
            List.of("mdt", "multidisciplinary team", "multi disciplinary team"),
            List.of("seclusion", "segregation"),
            List.of("lts", "long term segregation"),
            List.of("rrn", "restraint reduction network"),
            List.of("nms", "national minimum standards"),
            List.of("cqc", "care quality commission"),
            List.of("bild", "british institute of learning disabilities"),
            List.of("pmva", "prevention and management of violence and aggression"),
            List.of("debrief", "post incident review"));

    private final SynonymMap synonyms;
    private final Vocabulary vocabulary;

    private PolicyTextAnalyzer(SynonymMap synonyms, Vocabulary vocabulary) {
        this.synonyms = synonyms;
        this.vocabulary = vocabulary;
    }

    /** The index's analysis, teaching the vocabulary every word it reads (for typo tolerance). */
    static PolicyTextAnalyzer forIndexing(Vocabulary vocabulary) {
        return new PolicyTextAnalyzer(null, vocabulary);
    }

    static PolicyTextAnalyzer forQueries() {
        return new PolicyTextAnalyzer(synonymMap(), null);
    }

    /** The index's analysis alone: what a word is indexed as. */
    static PolicyTextAnalyzer forStems() {
        return new PolicyTextAnalyzer(null, null);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        // Indexing reads far more text than queries do: there, each word's stem is remembered rather than worked out,
        // and each new word is told to the vocabulary (stop words are not: nobody searches for them).
        stream = vocabulary != null ? StemMemory.stem(stream, vocabulary) : new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static SynonymMap synonymMap() {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (List<String> group : SYNONYMS) {
                for (String a : group) {
                    for (String b : group) {
                        if (!a.equals(b)) {
                            builder.add(phrase(a), phrase(b), true);
                        }
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef phrase(String words) {
        return SynonymMap.Builder.join(words.split(" "), new CharsRefBuilder());
    }
}
