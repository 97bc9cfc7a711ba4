package org.rrhub.keycloak.api;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/** Ends the browser session here and tells where to send the browser to end it at Keycloak too. */
public interface SignOut {

    /** Invalidates the local session and returns Keycloak's end-session address (which returns to the start page). */
    URI signOut(HttpServletRequest request);
}
