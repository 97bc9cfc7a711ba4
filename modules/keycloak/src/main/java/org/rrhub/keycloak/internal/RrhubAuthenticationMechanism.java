package org.rrhub.keycloak.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's single authentication mechanism. Requests with "Authorization: Bearer" (the JSON API and
 * integrations) are authenticated from the token alone; browsers sign in by the OIDC code flow and are then
 * recognised by their session. It never decides what a caller may do: that is the web layer's access policy,
 * which also answers 401 (API) or redirects to sign-in (pages) for anonymous callers.
 */
@ApplicationScoped
class RrhubAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    TokenVerifier verifier;

    @Inject
    BrowserSignIn browserSignIn;

    @Inject
    CallerStanding standing;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(authorization.substring(7).strip(), response, context);
        }
        if (path.startsWith("/api/")) {
            // The API is stateless: a browser session never authenticates it (no CSRF exposure).
            return context.doNothing();
        }
        if (path.equals(BrowserSignIn.LOGIN_PATH)) {
            return context.redirect(browserSignIn.start(request).toString());
        }
        if (path.equals(BrowserSignIn.CALLBACK_PATH)) {
            return callback(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(BrowserSession.ATTRIBUTE) instanceof BrowserSession signedIn) {
            if (standing.holds(signedIn.caller(), signedIn.rolesAsOf())) {
                return login(context, signedIn.caller());
            }
            // The person's roles or membership changed since they signed in: the session ends here, and the
            // access policy sends them to sign in again, which reads what they hold now.
            session.invalidate();
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(String token, HttpServletResponse response, HttpMessageContext context) {
        try {
            AccessToken accessToken = verifier.verifyAccessToken(token);
            if (!standing.holds(accessToken.caller(), accessToken.issuedAt())) {
                return unauthorized(response, "The bearer token was issued before its integration was revoked or "
                        + "the person's access changed: get a new token.");
            }
            return login(context, accessToken.caller());
        } catch (InvalidTokenException e) {
            return unauthorized(response, "The bearer token is not valid or has expired.");
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail + "\"}");
        } catch (IOException ignored) {
            // the client has gone; nothing else to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpMessageContext context) {
        try {
            var signedIn = browserSignIn.complete(request);
            login(context, signedIn.caller());
            return context.redirect(request.getContextPath() + signedIn.returnTo());
        } catch (BrowserSignIn.SignInFailed e) {
            return context.redirect(request.getContextPath() + "/?signin="
                    + URLEncoder.encode(e.getMessage(), StandardCharsets.UTF_8));
        }
    }

    private static AuthenticationStatus login(HttpMessageContext context, Caller caller) {
        Set<String> groups = caller.roles().stream().map(Role::claimName).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(caller, groups);
    }
}
