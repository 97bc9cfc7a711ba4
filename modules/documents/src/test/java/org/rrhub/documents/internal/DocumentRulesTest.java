package org.rrhub.documents.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.documents.api.Approval;
import org.rrhub.documents.api.DocumentDetails;
import org.rrhub.documents.api.DocumentKind;
import org.rrhub.documents.api.DocumentStatus;
import org.rrhub.documents.api.ReviewState;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static List<String> wrong(DocumentDetails details) {
        return DocumentRules.check(details, "northfield.admin"::equals).stream().map(FieldError::field).toList();
    }

    @Test
    void completeDetailsPassAndEveryMissingOneIsNamed() {
        assertThat(wrong(new DocumentDetails("Seclusion policy", DocumentKind.POLICY, "northfield.admin",
                List.of(StrategyDomain.PREVENTATIVE_MEASURES), "v3", TODAY, TODAY.plusYears(2),
                DocumentStatus.APPROVED))).isEmpty();
        assertThat(wrong(new DocumentDetails(" ", null, "", null, null, null, null, null)))
                .containsExactly("title", "kind", "owner", "status");
    }

    @Test
    void ownersBelongToTheOrganisationAndReviewsComeAfterTheEffectiveDate() {
        assertThat(wrong(new DocumentDetails("Policy", DocumentKind.POLICY, "stranger", List.of(), "x".repeat(41),
                TODAY, TODAY.minusDays(1), DocumentStatus.DRAFT)))
                .containsExactly("owner", "versionLabel", "nextReviewDate");
    }

    @Test
    void anApprovalNamesItsBodyMinuteAndBothLeads() {
        assertThat(DocumentRules.checkApproval(new Approval(null, "", " ", null, "", false, null)).stream()
                .map(FieldError::field)).containsExactly("approvedOn", "approvingBody", "minuteReference",
                "executiveLead", "nonExecutiveLead");
        assertThat(DocumentRules.checkApproval(new Approval(TODAY, "Trust Board", "TB/26/41", "Director of Nursing",
                "Quality Committee Chair", true, "Co-written with peer advisors"))).isEmpty();
    }

    @Test
    void reviewsAreOverdueAfterTheirDateAndDueSoonWithinSixtyDays() {
        assertThat(ReviewState.of(null, TODAY)).isEqualTo(ReviewState.NOT_SET);
        assertThat(ReviewState.of(TODAY.minusDays(1), TODAY)).isEqualTo(ReviewState.OVERDUE);
        assertThat(ReviewState.of(TODAY, TODAY)).isEqualTo(ReviewState.DUE_SOON);
        assertThat(ReviewState.of(TODAY.plusDays(60), TODAY)).isEqualTo(ReviewState.DUE_SOON);
        assertThat(ReviewState.of(TODAY.plusDays(61), TODAY)).isEqualTo(ReviewState.CURRENT);
    }

    @Test
    void theAppendixOneChecklistHasItsFortyFourTitlesInOrder() {
        assertThat(ExemplarPolicies.TITLES).hasSize(44).startsWith("Access to independent advocates")
                .endsWith("Use of long-term segregation").doesNotHaveDuplicates();
        assertThat(ExemplarPolicies.exists(0)).isFalse();
        assertThat(ExemplarPolicies.exists(44)).isTrue();
    }
}
