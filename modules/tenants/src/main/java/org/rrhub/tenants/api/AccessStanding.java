package org.rrhub.tenants.api;

import org.rrhub.core.api.TenantId;

import java.time.Instant;

/**
 * Whether what a verified token or signed-in session stands for still holds, asked at the edge on every request:
 * the signature of a token says what was true when Keycloak issued it, not that the integration has not been
 * revoked or the person's role changed since. Answered from memory; a change made on this node applies to the next
 * request, one made on another node within five seconds.
 */
public interface AccessStanding {

    /** Whether the organisation has an integration of this Keycloak client id (revoking one deletes it). */
    boolean integrationExists(TenantId tenant, String clientId);

    /**
     * Whether the person's roles or membership were changed through the product after {@code rolesAsOf}, the
     * instant Keycloak issued the token that recorded their roles. Tokens carry whole seconds: a change within the
     * token's own second does not count, so a token fetched just after a change is never refused.
     *
     * @param subject the person's Keycloak user id ("sub")
     */
    boolean accessChangedAfter(String subject, Instant rolesAsOf);
}
