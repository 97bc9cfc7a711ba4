package org.rrhub.keycloak.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.Caller;
import org.rrhub.keycloak.api.KeycloakSettings;
import org.rrhub.keycloak.api.SignOut;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** OpenID Connect authorization code flow with PKCE against Keycloak, for people using the pages. */
@ApplicationScoped
class BrowserSignIn implements SignOut {

    static final String LOGIN_PATH = "/auth/login";
    static final String CALLBACK_PATH = "/auth/callback";

    private static final Logger LOG = Logger.getLogger(BrowserSignIn.class.getName());

    @Inject
    KeycloakSettings settings;

    @Inject
    KeycloakHttp http;

    @Inject
    TokenVerifier verifier;

    @Inject
    AuditLog audit;

    /** Where to send the browser to sign in; remembers the round trip's secrets in the session. */
    URI start(HttpServletRequest request) {
        PendingSignIn pending = PendingSignIn.start(PendingSignIn.safeReturnTo(request.getParameter("returnTo")));
        request.getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, pending);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.webClientId());
        query.put("redirect_uri", callbackUrl());
        query.put("scope", "openid");
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.codeChallenge());
        query.put("code_challenge_method", "S256");
        return URI.create(settings.openIdEndpoint("auth") + "?" + formEncode(query));
    }

    /**
     * Completes sign-in on Keycloak's redirect back. Returns the caller, or throws when the round trip is not one
     * this session started (wrong or replayed state), was refused, or its tokens do not verify.
     */
    SignedIn complete(HttpServletRequest request) throws SignInFailed {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (pending == null || !pending.state().equals(request.getParameter("state"))) {
            throw new SignInFailed("expired");
        }
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        if (request.getParameter("error") != null || request.getParameter("code") == null) {
            throw new SignInFailed("refused");
        }
        JsonObject tokens = exchange(request.getParameter("code"), pending);
        try {
            verifier.verifyIdToken(tokens.getString("id_token"), pending.nonce());
            AccessToken accessToken = verifier.verifyAccessToken(tokens.getString("access_token"));
            Caller caller = accessToken.caller();
            // A new session id after sign-in, so an id planted before sign-in is worthless.
            request.changeSessionId();
            session.setAttribute(BrowserSession.ATTRIBUTE, new BrowserSession(caller, accessToken.issuedAt(),
                    tokens.getString("id_token")));
            audit.recordIndependently(caller.username(), caller.tenant().orElse(null), AuditAction.SIGNED_IN,
                    "browser");
            return new SignedIn(caller, pending.returnTo());
        } catch (InvalidTokenException | RuntimeException e) {
            LOG.log(Level.WARNING, "Sign-in tokens did not verify", e);
            throw new SignInFailed("failed");
        }
    }

    @Override
    public URI signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String idToken = null;
        if (session != null) {
            BrowserSession signedIn = (BrowserSession) session.getAttribute(BrowserSession.ATTRIBUTE);
            if (signedIn != null) {
                idToken = signedIn.idToken();
                audit.recordIndependently(signedIn.caller().username(), signedIn.caller().tenant().orElse(null),
                        AuditAction.SIGNED_OUT, "browser");
            }
            session.invalidate();
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.webClientId());
        query.put("post_logout_redirect_uri", settings.publicUrl() + "/");
        if (idToken != null) {
            query.put("id_token_hint", idToken);
        }
        return URI.create(settings.openIdEndpoint("logout") + "?" + formEncode(query));
    }

    private JsonObject exchange(String code, PendingSignIn pending) throws SignInFailed {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", callbackUrl());
        form.put("client_id", settings.webClientId());
        form.put("client_secret", settings.webClientSecret());
        form.put("code_verifier", pending.codeVerifier());
        try {
            var response = http.postForm(settings.openIdEndpoint("token"), form);
            if (response.statusCode() != 200) {
                LOG.warning(() -> "Keycloak refused the code exchange: " + response.statusCode());
                throw new SignInFailed("failed");
            }
            return KeycloakHttp.object(response.body());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Keycloak could not be reached for the code exchange", e);
            throw new SignInFailed("unavailable");
        }
    }

    private String callbackUrl() {
        return settings.publicUrl() + CALLBACK_PATH;
    }

    private static String formEncode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    record SignedIn(Caller caller, String returnTo) {
    }

    /** Sign-in did not complete; the reason is a short code the start page turns into words. */
    static final class SignInFailed extends Exception {
        SignInFailed(String reason) {
            super(reason);
        }
    }
}
