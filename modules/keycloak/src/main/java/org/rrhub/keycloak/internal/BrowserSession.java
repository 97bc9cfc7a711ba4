package org.rrhub.keycloak.internal;

import org.rrhub.core.api.Caller;

import java.io.Serializable;

/** What the HTTP session remembers after sign-in: the caller, and the ID token needed to end Keycloak's session. */
record BrowserSession(Caller caller, String idToken) implements Serializable {
    static final String ATTRIBUTE = BrowserSession.class.getName();
}
