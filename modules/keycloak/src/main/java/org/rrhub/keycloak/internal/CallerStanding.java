package org.rrhub.keycloak.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rrhub.core.api.Caller;
import org.rrhub.tenants.api.AccessStanding;

import java.time.Instant;

/**
 * Whether a verified caller may still act, asked on every request after the token's signature (or the session)
 * has been accepted: an integration only while its organisation still has it (revoking deletes it), a person only
 * while their roles and membership have not been changed through the product since the token that recorded them
 * was issued. Both answers come from memory ({@link AccessStanding}).
 */
@ApplicationScoped
class CallerStanding {

    @Inject
    AccessStanding standing;

    /** @param rolesAsOf when Keycloak issued the access token the caller was read from */
    boolean holds(Caller caller, Instant rolesAsOf) {
        return caller.integration()
                .map(clientId -> standing.integrationExists(caller.tenant().orElse(null), clientId))
                .orElseGet(() -> !standing.accessChangedAfter(caller.subject(), rolesAsOf));
    }
}
