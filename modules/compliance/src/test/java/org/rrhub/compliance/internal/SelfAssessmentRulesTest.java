package org.rrhub.compliance.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.compliance.api.AnswerDraft;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.RollUp;
import org.rrhub.compliance.api.Section;
import org.rrhub.compliance.api.Statement;
import org.rrhub.compliance.api.Subsection;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.StrategyDomain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SelfAssessmentRulesTest {

    private static final Set<String> PEOPLE = Set.of("northfield.editor");
    private static final Set<String> DOCUMENTS = Set.of("doc-1");
    private static final Set<String> ACTIONS = Set.of("action-1");

    private static List<String> wrong(AnswerDraft draft) {
        return AnswerRules.check(draft, PEOPLE::contains, DOCUMENTS::contains, ACTIONS::contains).stream().map(FieldError::field).toList();
    }

    @Test
    void aStatusIsNeededAndNotApplicableNeedsItsRationale() {
        assertThat(wrong(new AnswerDraft(null, null, null, null, null, null, null, null))).containsExactly("status");
        assertThat(wrong(new AnswerDraft(ComplianceStatus.NOT_APPLICABLE, "", null, null, "  ", null, null, null)))
                .containsExactly("notApplicableRationale");
        assertThat(wrong(new AnswerDraft(ComplianceStatus.NOT_APPLICABLE, "", null, null,
                "A six-bed children's home has no seclusion room", null, null, null))).isEmpty();
    }

    @Test
    void ownersAndEvidenceBelongToTheOrganisation() {
        assertThat(wrong(new AnswerDraft(ComplianceStatus.MET, "Board approved in March", "stranger",
                LocalDate.of(2027, 1, 1), null, List.of("doc-1", "doc-of-another-tenant"), null, null)))
                .containsExactly("owner", "documentIds");
        assertThat(wrong(new AnswerDraft(ComplianceStatus.PARTIALLY_MET, "n".repeat(2001), "northfield.editor",
                null, null, List.of("doc-1"), "e".repeat(2001), null))).containsExactly("narrative", "evidenceNote");
        assertThat(wrong(new AnswerDraft(ComplianceStatus.MET, "", null, null, null, null, null,
                List.of("action-1", "action-of-another-tenant")))).containsExactly("actionIds");
        assertThat(wrong(new AnswerDraft(ComplianceStatus.MET, "", null, null, null, null, null,
                List.of("action-1")))).isEmpty();
    }

    @Test
    void linkedActionsAreKeptUnlessTheAnswerNamesThem() {
        Answer answer = new Answer("nms-2019", 2026, "3.1.I");
        answer.linkAction("action-from-gap", java.time.Instant.EPOCH, "someone");
        answer.record(new AnswerDraft(ComplianceStatus.MET, "Training delivered", null, null, null, null, "", null),
                java.time.Instant.EPOCH, "someone");
        assertThat(answer.toView().actionIds()).containsExactly("action-from-gap");
        assertThat(answer.toView().unevidenced()).as("a linked action is evidence").isFalse();
        answer.record(new AnswerDraft(ComplianceStatus.MET, "Training delivered", null, null, null, null, "",
                List.of("action-1", "action-1")), java.time.Instant.EPOCH, "someone");
        assertThat(answer.toView().actionIds()).containsExactly("action-1");
        answer.record(new AnswerDraft(ComplianceStatus.MET, "", null, null, null, null, "", List.of()),
                java.time.Instant.EPOCH, "someone");
        assertThat(answer.toView().actionIds()).isEmpty();
        assertThat(answer.toView().unevidenced()).isTrue();
    }

    @Test
    void metWithoutEvidenceIsAllowedButFlagged() {
        Answer answer = new Answer("nms-2019", 2026, "1.1.I");
        answer.record(new AnswerDraft(ComplianceStatus.MET, "We think so", null, null, null, null, "", null),
                java.time.Instant.EPOCH, "someone");
        assertThat(answer.toView().unevidenced()).isTrue();
        answer.record(new AnswerDraft(ComplianceStatus.MET, "Strategy approved", null, null, null,
                List.of("doc-1"), "", null), java.time.Instant.EPOCH, "someone");
        assertThat(answer.toView().unevidenced()).isFalse();
    }

    @Test
    void rollUpsCountEachStatusAndThePercentageMetOfWhatApplies() {
        var lead = List.of(StrategyDomain.LEADERSHIP_AND_GOVERNANCE);
        var data = List.of(StrategyDomain.USING_DATA_TO_INFORM_PRACTICE, StrategyDomain.LEADERSHIP_AND_GOVERNANCE);
        Framework framework = new Framework("f", "F", "1", List.of(new Section("1", "Board", List.of(
                new Subsection("1.1", "Strategy", "", List.of(new Statement("1.1.I", "a", lead),
                        new Statement("1.1.II", "b", lead), new Statement("1.1.III", "c", lead))),
                new Subsection("1.2", "Data", "", List.of(new Statement("1.2.I", "d", data),
                        new Statement("1.2.II", "e", data)))))));
        Map<String, ComplianceStatus> answers = Map.of("1.1.I", ComplianceStatus.MET,
                "1.1.II", ComplianceStatus.NOT_APPLICABLE, "1.1.III", ComplianceStatus.PARTIALLY_MET,
                "1.2.I", ComplianceStatus.MET);

        RollUp section = RollUps.bySection(framework, answers).get(0);
        assertThat(section.statements()).isEqualTo(5);
        assertThat(section.unanswered()).isEqualTo(1);
        assertThat(section.counts()).containsEntry(ComplianceStatus.MET, 2).containsEntry(ComplianceStatus.NOT_MET, 0);
        assertThat(section.percentMet()).isEqualTo(50); // 2 met of the 4 that apply

        assertThat(RollUps.bySubsection(framework, answers)).extracting(RollUp::group, RollUp::percentMet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", 50), org.assertj.core.groups.Tuple.tuple("1.2", 50));
        List<RollUp> domains = RollUps.byDomain(framework, answers);
        assertThat(domains).hasSize(6);
        assertThat(domains.get(0).statements()).isEqualTo(5);
        assertThat(domains.get(1).statements()).isEqualTo(2);
        assertThat(domains.get(5).percentMet()).isZero();
    }
}
