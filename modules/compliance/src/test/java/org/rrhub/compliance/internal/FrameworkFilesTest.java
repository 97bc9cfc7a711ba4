package org.rrhub.compliance.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.InvalidFrameworkException;
import org.rrhub.compliance.api.Statement;
import org.rrhub.core.api.StrategyDomain;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameworkFilesTest {

    private static final ClassLoader LOADER = FrameworkFilesTest.class.getClassLoader();

    @Test
    void theNationalMinimumStandardsLoadWithEveryStatementNumberedAsTheDocumentNumbersIt() {
        List<Framework> shipped = FrameworkFiles.loadIndex(LOADER, DefaultFrameworks.FOLDER);
        Framework nms = shipped.get(shipped.size() - 1);

        assertThat(nms.id()).isEqualTo("nms-2019");
        assertThat(nms.sections()).extracting(s -> s.number()).containsExactly("1", "2", "3");
        assertThat(nms.statements()).hasSize(213);
        assertThat(nms.statements()).extracting(Statement::id).startsWith("1.1.I", "1.1.II")
                .contains("1.15.II", "1.15.1.II", "2.5.2.XI", "3.4.2.VII", "3.5.XIII").endsWith("3.5.XIII")
                .doesNotHaveDuplicates();
        assertThat(nms.statement("2.5.2.XI").orElseThrow().text()).contains("within one hour");
        assertThat(nms.subsectionOf("1.15.1.II").orElseThrow().title()).isEqualTo("Responsibilities of organisations");
        assertThat(nms.statements()).allSatisfy(s -> assertThat(s.domains()).isNotEmpty());
        assertThat(nms.statements().stream().flatMap(s -> s.domains().stream()).distinct())
                .containsExactlyInAnyOrder(StrategyDomain.values());
    }

    @Test
    void aLaterEditionLoadsBesideTheEarlierOneAndBecomesCurrent() {
        List<Framework> editions = FrameworkFiles.loadIndex(LOADER, "frameworks-test");
        assertThat(editions).extracting(Framework::id).containsExactly("test-2019", "test-2027");
        assertThat(editions.get(0).statements()).hasSize(1);
        assertThat(editions.get(1).statement("1.1.II").orElseThrow().domains())
                .containsExactly(StrategyDomain.LEADERSHIP_AND_GOVERNANCE,
                        StrategyDomain.INVOLVING_THOSE_WHO_RECEIVE_SERVICES);
    }

    @Test
    void aMalformedFileIsRefusedNamingEveryProblem() {
        String json = """
                {"id": "bad", "title": "Bad", "sections": [
                  {"number": "1", "title": "Board", "subsections": [
                    {"id": "1.1", "title": "Strategy", "statements": [
                      {"id": "1.1.I", "text": "First.", "domains": ["LEADERSHIP_AND_GOVERNANCE"]},
                      {"id": "1.1.I", "text": "Twice.", "domains": ["LEADERSHIP_AND_GOVERNANCE"]},
                      {"id": "1.1.II", "text": " ", "domains": ["CONTINUOUS_IMPROVEMENT"]},
                      {"id": "2.1.I", "text": "Elsewhere.", "domains": ["CONTINUOUS_IMPROVEMENT"]},
                      {"id": "1.1.III", "text": "Unmapped.", "domains": []}]},
                    {"id": "3.1", "title": "Stray", "statements": []}]}]}
                """;
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidFrameworkException.class)
                .satisfies(e -> assertThat(((InvalidFrameworkException) e).problems()).containsExactly(
                        "statement 1.1.I appears twice",
                        "statement 1.1.II has no text",
                        "statement 2.1.I is not numbered within subsection 1.1",
                        "statement 1.1.III is mapped to no strategy domain",
                        "subsection 3.1 is not numbered within section 1"));
    }

    @Test
    void anUnknownDomainOrBrokenJsonIsRefused() {
        assertThatThrownBy(() -> read("""
                {"id": "x", "title": "X", "sections": [{"number": "1", "title": "B", "subsections": [
                  {"id": "1.1", "title": "S", "statements": [{"id": "1.1.I", "text": "T", "domains": ["GOOD_VIBES"]}]}]}]}
                """)).isInstanceOf(InvalidFrameworkException.class).hasMessageContaining("not JSON of a framework");
        assertThatThrownBy(() -> read("{\"id\": \"x\", ")).isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("test.json");
        assertThatThrownBy(() -> FrameworkFiles.loadIndex(LOADER, "no-such-folder"))
                .isInstanceOf(InvalidFrameworkException.class).hasMessageContaining("the index is missing");
    }

    private static Framework read(String json) {
        return FrameworkFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
