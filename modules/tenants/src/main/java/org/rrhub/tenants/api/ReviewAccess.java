package org.rrhub.tenants.api;

import org.rrhub.core.api.TenantId;

import java.time.LocalDate;
import java.util.List;

/**
 * Who may review which provider. A provider-admin grants a named reviewer access for a period and may revoke it;
 * a revoked or expired grant stops access at the next request.
 */
public interface ReviewAccess {

    /** The current tenant's grants, newest first. */
    List<GrantView> grantsOfMyOrganisation();

    /**
     * @throws org.rrhub.core.api.InvalidInputException for a missing reviewer or a period that ends before it starts
     */
    GrantView grant(String reviewer, LocalDate validFrom, LocalDate validUntil, String actor);

    /** @throws org.rrhub.core.api.NotFoundException also for another tenant's grant */
    void revoke(String grantId, String actor);

    /** The providers whose current grant names this reviewer. */
    List<GrantView> currentGrantsFor(String reviewer);

    /**
     * The provider, when it currently grants this reviewer access.
     *
     * @throws org.rrhub.core.api.NotFoundException otherwise: existence is not revealed
     */
    TenantId requireCurrentGrant(String tenant, String reviewer);
}
