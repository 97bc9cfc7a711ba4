package org.rrhub.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Remembered stems give the index exactly the terms, positions and offsets Porter's stemmer gives. */
class StemMemoryTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "+" + position.getPositionIncrement() + "@" + offset.startOffset());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void theSameTermsAsPortersStemmerForTextThatRepeatsItsWords() throws IOException {
        Analyzer remembering = PolicyTextAnalyzer.forIndexing(new Vocabulary());
        Analyzer porter = PolicyTextAnalyzer.forStems();
        List<String> texts = new ArrayList<>();
        new SyntheticCorpus(3, 20, 20261125L).forEach(item -> texts.add(item.title() + ". " + item.text()));
        texts.add("Restraints restrained, restraining the restrainer's restraint; the staff's debriefs debriefed.");
        int compared = 0;
        for (String text : texts) {
            // Each text twice through the same chain: the second time every stem comes from the memory.
            assertThat(tokens(remembering, text)).isEqualTo(tokens(porter, text));
            assertThat(tokens(remembering, text)).isEqualTo(tokens(porter, text));
            compared++;
        }
        assertThat(compared).isEqualTo(61);
        assertThat(tokens(remembering, "restraining restraining")).extracting(t -> t.substring(0, t.indexOf('+')))
                .containsExactly("restrain", "restrain");
    }
}
