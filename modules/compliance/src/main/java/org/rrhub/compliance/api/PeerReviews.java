package org.rrhub.compliance.api;

import java.util.List;

/**
 * The reviewer's side of a peer review of a self-assessment. The reviewer is an RRN reviewer or a user of another
 * provider acting as peer; every method first checks that the provider currently grants the reviewer access, so
 * without a grant (never given, expired or revoked) the provider's data is "not found". Reviewers read; they never
 * change the provider's own answers.
 */
public interface PeerReviews {

    /** The reviewer's reviews of this provider, newest first. */
    List<ReviewView> reviewsOf(String tenant, String reviewer);

    /** The provider's self-assessment, read-only. */
    Assessment assessmentOf(String tenant, String frameworkId, int year, String reviewer);

    /**
     * Starts a review of the provider's assessment for a framework and year, or returns the reviewer's review of
     * it that is not closed yet: one open review per reviewer and assessment.
     */
    ReviewView start(String tenant, String frameworkId, int year, String reviewer);

    ReviewView review(String tenant, String reviewId, String reviewer);

    /**
     * Records (or replaces) the finding on one statement while the review is a draft.
     *
     * @throws org.rrhub.core.api.NotFoundException for a statement the framework does not have
     * @throws org.rrhub.core.api.InvalidInputException for a missing verdict, a disagreement without a comment, an
     *         over-long comment, or a review that is no longer a draft
     */
    ReviewView recordFinding(String tenant, String reviewId, String statementId, Verdict verdict, String comment,
                             String reviewer);

    /** @throws org.rrhub.core.api.ConflictException when the review changed since {@code expectedVersion} */
    ReviewView summarise(String tenant, String reviewId, long expectedVersion, String summary, String reviewer);

    /**
     * Shares a draft with the provider, who can then read and answer it.
     *
     * @throws org.rrhub.core.api.InvalidInputException without a summary or without any finding
     */
    ReviewView share(String tenant, String reviewId, long expectedVersion, String reviewer);

    /** Closes a review the provider has responded to. */
    ReviewView close(String tenant, String reviewId, long expectedVersion, String reviewer);
}
