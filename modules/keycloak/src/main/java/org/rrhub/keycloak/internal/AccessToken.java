package org.rrhub.keycloak.internal;

import org.rrhub.core.api.Caller;

import java.io.Serializable;
import java.time.Instant;

/**
 * A verified access token as far as the application needs it: the caller it stands for, when Keycloak issued it
 * (the instant its roles are as of) and when it expires.
 */
record AccessToken(Caller caller, Instant issuedAt, Instant expiresAt) implements Serializable {
}
