package org.rrhub.pledge.api;

import java.util.List;

/**
 * The RRN reviewer's side of the plan lifecycle. Every method first checks that the provider currently grants the
 * reviewer access; without a grant the provider's plans are "not found".
 */
public interface PlanReviews {

    List<PlanView> plans(String tenant, String reviewer);

    PlanView plan(String tenant, String planId, String reviewer);

    /** Accepts a submitted plan: it is published, its top three priorities appear in the public directory. */
    PlanView accept(String tenant, String planId, long expectedVersion, String reviewer);

    /**
     * Returns a submitted plan with comments; the provider can edit and submit it again.
     *
     * @throws org.rrhub.core.api.InvalidInputException when there are no comments
     */
    PlanView returnWithComments(String tenant, String planId, long expectedVersion, String comments, String reviewer);
}
