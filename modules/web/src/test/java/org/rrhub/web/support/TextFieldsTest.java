package org.rrhub.web.support;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextFieldsTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\u0085", "\\u009b", "\\b"})
    void aControlCharacterInAJsonStringNamesItsField(String escaped) {
        assertThat(TextFields.refusedInJson(utf8("{\"reviewer\": \"rrn" + escaped + ".reviewer\", "
                + "\"validFrom\": \"2026-12-01\"}"))).containsExactly("reviewer");
    }

    @Test
    void tabsAndLineBreaksAreText() {
        assertThat(TextFields.refusedInJson(utf8("{\"note\": \"one\\ttwo\\r\\nthree\\n\"}"))).isEmpty();
        assertThat(ControlCharacters.anyIn("one\ttwo\r\nthree")).isFalse();
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        String json = "{\"summary\": \"ok\", \"findings\": [{\"comment\": \"fine\"}, {\"comment\": \"no\\u0000\"}],"
                + " \"details\": {\"title\": \"\\u0001\", \"domains\": [\"LEADERSHIP\", \"x\\u0002\"]},"
                + " \"bad\\u0003key\": 1, \"count\": 3, \"flag\": true, \"none\": null}";
        assertThat(TextFields.refusedInJson(utf8(json)))
                .containsExactly("findings[1].comment", "details.title", "details.domains[1]", "badkey");
    }

    @Test
    void aBareStringBodyIsNamedBodyAndJsonThatIsNotWellFormedIsLeftToTheBinder() {
        assertThat(TextFields.refusedInJson(utf8("\"\\u0000\""))).containsExactly("body");
        assertThat(TextFields.refusedInJson(utf8("{\"reviewer\": \"a\\u0000\", "))).containsExactly("reviewer");
        assertThat(TextFields.refusedInJson(utf8("not json"))).isEmpty();
    }

    @Test
    void formFieldsAreDecodedAndEveryValueOfARepeatedFieldChecked() {
        TextFields.Form form = TextFields.form(utf8("reviewer=rrn%00.reviewer&validFrom-day=1&domains=A"
                + "&domains=B%1B&note=line%0D%0Abreak&r%C3%A9sum%C3%A9=caf%C3%A9"));
        assertThat(form.refused()).containsExactly("reviewer", "domains");
        assertThat(form.values()).containsEntry("reviewer", "rrn\u0000.reviewer").containsEntry("domains", "A")
                .containsEntry("note", "line\r\nbreak").containsEntry("r\u00e9sum\u00e9", "caf\u00e9");
        assertThat(TextFields.form(utf8("reviewer=%zz"))).as("malformed: the container reports it").isNull();
        assertThat(ControlCharacters.removedFrom("rrn\u0000.rev\u001biewer\t")).isEqualTo("rrn.reviewer\t");
    }
}
