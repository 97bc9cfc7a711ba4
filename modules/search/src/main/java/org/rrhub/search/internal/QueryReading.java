package org.rrhub.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How what an inspector types becomes a Lucene query, with no way to fail: words (all must match), "exact phrases",
 * -exclusions, OR, and trailing * for a prefix. Lucene's SimpleQueryParser never throws on malformed input
 * (unbalanced quotes, lone operators), and this caps what could grow without bound: length, prefixes too short to
 * be useful, and the expansion of fuzzy and prefix terms. A statement id such as 1.15.II is also matched exactly.
 */
final class QueryReading {

    static final int MAX_LENGTH = 500;
    private static final Pattern STATEMENT_ID = Pattern.compile("\\b\\d+(?:\\.\\d+)*\\.[IVXivx]+\\b|\\b\\d+\\.\\d+(?:\\.\\d+)*\\b");
    private static final Pattern SHORT_PREFIX = Pattern.compile("(^|[\\s\"(|+-])[^\\s\"()|+-]{0,1}\\*");
    private static final Pattern BARE_WORD = Pattern.compile("(?<![\\w\"~*-])([A-Za-z]{4,})(?![\\w~*\"])");

    record Reading(Query query, String notice, boolean fuzzy) {
    }

    private QueryReading() {
    }

    static Reading read(String typed, Analyzer analyzer, boolean fuzzy) {
        String text = typed == null ? "" : typed.strip();
        String notice = null;
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
            notice = "Your search was shortened to its first " + MAX_LENGTH + " characters.";
        }
        if (text.isEmpty()) {
            return new Reading(new MatchAllDocsQuery(), notice, false);
        }
        Matcher shortPrefix = SHORT_PREFIX.matcher(text);
        if (shortPrefix.find()) {
            text = shortPrefix.replaceAll("$1");
            notice = "A * needs at least two letters before it; those were searched without it.";
            if (text.isBlank()) {
                return new Reading(new MatchNoDocsQuery(), notice, false);
            }
        }
        // People write OR and NOT in capitals; the parser's own operators are | and -.
        String parsed = text.replaceAll("\\s+OR\\s+", " | ").replaceAll("(^|\\s)NOT\\s+", "$1-");
        if (fuzzy) {
            parsed = BARE_WORD.matcher(parsed).replaceAll("$1~1");
        }
        // Typo tolerance compares a word as written with the vocabulary's words, then searches their stems.
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(IndexFields.TITLE, 2f, IndexFields.TEXT, 1f)) {
            @Override
            protected Query newFuzzyQuery(String word, int edits) {
                return new SimilarWordsQuery(word.toLowerCase(java.util.Locale.ROOT), edits);
            }
        };
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query words = parser.parse(parsed);
        if (words == null) {
            words = new MatchNoDocsQuery();
        } else if (onlyExclusions(words)) {
            // "-restraint" alone reads as "everything except restraint", not as nothing at all.
            BooleanQuery.Builder everythingBut = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            ((BooleanQuery) words).clauses().forEach(everythingBut::add);
            words = everythingBut.build();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.SHOULD);
        Matcher ids = STATEMENT_ID.matcher(text);
        while (ids.find()) {
            query.add(new BoostQuery(new TermQuery(new Term(IndexFields.KEYWORD,
                    ids.group().toLowerCase(java.util.Locale.ROOT))), 5f), BooleanClause.Occur.SHOULD);
        }
        return new Reading(query.build(), notice, fuzzy);
    }

    private static boolean onlyExclusions(Query query) {
        return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
    }

    /** Whether retrying with typo tolerance could help: there are plain words to loosen. */
    static boolean canLoosen(String typed) {
        return typed != null && BARE_WORD.matcher(typed).find();
    }
}
