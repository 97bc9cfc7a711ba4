package org.rrhub.compliance.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.compliance.api.ReviewState;
import org.rrhub.compliance.api.Verdict;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String REVIEWER = "rrn.reviewer";

    private static AssessmentReview draft() {
        return new AssessmentReview("nms-2019", 2026, REVIEWER, NOW);
    }

    private static ReviewFinding finding(String statement, Verdict verdict, String comment) {
        ReviewFinding finding = new ReviewFinding("review-1", statement);
        finding.record(verdict, comment, NOW, REVIEWER);
        return finding;
    }

    private static List<String> fields(Runnable change) {
        try {
            change.run();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    void aDraftIsSharedOnlyWithASummaryAndAFinding() {
        AssessmentReview review = draft();
        assertThat(fields(() -> review.share(1, NOW, REVIEWER))).containsExactly("summary");
        review.summarise("  Board assurance is strong; training records are thin.  ", NOW, REVIEWER);
        assertThat(review.summary()).isEqualTo("Board assurance is strong; training records are thin.");
        assertThat(fields(() -> review.share(0, NOW, REVIEWER))).containsExactly("findings");
        review.share(1, NOW, REVIEWER);
        assertThat(review.state()).isEqualTo(ReviewState.SHARED);
        assertThat(review.isSharedWithProvider()).isTrue();
    }

    @Test
    void onlyItsReviewerWritesADraftAndNobodyRewritesItOnceShared() {
        AssessmentReview review = draft();
        assertThatThrownBy(() -> review.summarise("mine", NOW, "another.reviewer"))
                .isInstanceOf(NotFoundException.class);
        review.summarise("Summary", NOW, REVIEWER);
        review.share(1, NOW, REVIEWER);
        assertThat(fields(() -> review.summarise("changed", NOW, REVIEWER))).containsExactly("state");
        assertThat(fields(() -> review.requireDraftBy(REVIEWER))).containsExactly("state");
    }

    @Test
    void theProviderRespondsOnceEveryDisagreementIsAnswered() {
        AssessmentReview review = draft();
        review.summarise("Summary", NOW, REVIEWER);
        ReviewFinding agreed = finding("1.1.I", Verdict.AGREE, "");
        ReviewFinding disputed = finding("1.15.II", Verdict.DISAGREE, "No rationale is recorded");
        assertThat(fields(() -> review.respond(List.of(agreed, disputed), NOW, "northfield.admin")))
                .containsExactly("state");
        review.share(2, NOW, REVIEWER);
        assertThatThrownBy(() -> review.respond(List.of(agreed, disputed), NOW, "northfield.admin"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1.15.II")
                .hasMessageNotContaining("1.1.I,");
        assertThat(agreed.needsAnswer()).isFalse();
        disputed.answer("The rationale is in the seclusion policy, section 4", NOW, "northfield.admin");
        assertThat(disputed.needsAnswer()).isFalse();
        assertThat(fields(() -> review.close(NOW, REVIEWER))).containsExactly("state");
        review.respond(List.of(agreed, disputed), NOW, "northfield.admin");
        assertThat(review.state()).isEqualTo(ReviewState.RESPONDED);
        assertThatThrownBy(() -> review.close(NOW, "another.reviewer")).isInstanceOf(NotFoundException.class);
        review.close(NOW, REVIEWER);
        assertThat(review.state()).isEqualTo(ReviewState.CLOSED);
        assertThat(review.isOpen()).isFalse();
    }

    @Test
    void aDisagreementSaysWhyAndAnswersAreNotEmpty() {
        ReviewFinding finding = new ReviewFinding("review-1", "2.5.2.XI");
        assertThat(fields(() -> finding.record(null, "", NOW, REVIEWER))).containsExactly("verdict");
        assertThat(fields(() -> finding.record(Verdict.DISAGREE, "  ", NOW, REVIEWER))).containsExactly("comment");
        assertThat(fields(() -> finding.record(Verdict.AGREE, "x".repeat(2001), NOW, REVIEWER)))
                .containsExactly("comment");
        finding.record(Verdict.DISAGREE, "Medical reviews are not timed", NOW, REVIEWER);
        assertThat(fields(() -> finding.answer(" ", NOW, "northfield.admin"))).containsExactly("answer");
        assertThat(finding.toView().needsAnswer()).isTrue();
    }
}
