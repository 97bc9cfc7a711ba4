package org.rrhub.compliance.api;

import java.util.List;

/**
 * The provider's side of the peer reviews of its self-assessments, for the current tenant. A reviewer's draft is
 * the reviewer's own: the provider sees a review once it is shared.
 */
public interface ReviewResponses {

    /** The reviews shared with the organisation, newest first. */
    List<ReviewView> ofMyOrganisation();

    /** @throws org.rrhub.core.api.NotFoundException for a draft and for another tenant's review */
    ReviewView get(String reviewId);

    /**
     * Answers (or re-answers) one finding while the review is shared.
     *
     * @throws org.rrhub.core.api.InvalidInputException for an empty or over-long answer, or a review that is not
     *         waiting for the provider
     */
    ReviewView answer(String reviewId, String findingId, String answer, String actor);

    /**
     * Sends the provider's response: every disagreement must have an answer.
     *
     * @throws org.rrhub.core.api.InvalidInputException naming the disagreements still unanswered
     * @throws org.rrhub.core.api.ConflictException when the review changed since {@code expectedVersion}
     */
    ReviewView respond(String reviewId, long expectedVersion, String actor);
}
