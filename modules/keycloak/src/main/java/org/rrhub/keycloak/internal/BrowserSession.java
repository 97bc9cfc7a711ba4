package org.rrhub.keycloak.internal;

import org.rrhub.core.api.Caller;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the HTTP session remembers after sign-in: the caller, when Keycloak issued the access token it was read from
 * (its roles are as of then, and the session ends once they have changed since), and the ID token needed to end
 * Keycloak's session.
 */
record BrowserSession(Caller caller, Instant rolesAsOf, String idToken) implements Serializable {
    static final String ATTRIBUTE = BrowserSession.class.getName();
}
