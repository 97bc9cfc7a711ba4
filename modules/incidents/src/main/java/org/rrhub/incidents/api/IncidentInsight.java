package org.rrhub.incidents.api;

import org.rrhub.core.api.TenantId;

/** Insight from the anonymised incident data, for the provider itself and for reviewers it has granted access. */
public interface IncidentInsight {

    /** The current provider's insight. */
    Insight insight(InsightFilter filter);

    /**
     * A provider's insight for a reviewer: the same figures, after the provider's current grant is checked.
     *
     * @throws org.rrhub.core.api.NotFoundException without a current grant: existence is not revealed
     */
    Insight insightForReviewer(String tenant, String reviewer, InsightFilter filter);

    /** Whether the current provider lets its anonymised rates count in its sector's benchmark. */
    boolean sharesForBenchmark();

    void shareForBenchmark(boolean share, String actor);

    /** The provider whose data a reviewer's insight is about, after the grant check. */
    TenantId reviewedProvider(String tenant, String reviewer);
}
