package org.rrhub.keycloak.internal;

import org.rrhub.core.api.RequestPaths;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The secrets of one authorization-code round trip: state (CSRF on the callback), nonce (binds the ID token) and
 * the PKCE verifier, kept in the session between the redirect to Keycloak and the callback.
 */
record PendingSignIn(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    static PendingSignIn start(String returnTo) {
        return new PendingSignIn(random(24), random(24), random(48), returnTo);
    }

    /** RFC 7636 S256: BASE64URL(SHA-256(verifier)). */
    String codeChallenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Only paths of this application, never another site ("//evil.example" is refused), and only written as the
     * application writes them: browsers drop tabs and line breaks from a Location, so "/\t/evil.example" would
     * become "//evil.example"; path parameters, "." and ".." segments would be judged by one rule and served by
     * another (RequestPaths).
     */
    static String safeReturnTo(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.length() > 512
                || candidate.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            return "/dashboard";
        }
        int query = candidate.indexOf('?');
        String path = query < 0 ? candidate : candidate.substring(0, query);
        if (RequestPaths.oddSpelling(path).isPresent() || path.startsWith("/auth/")
                || (query >= 0 && RequestPaths.oddQuery(candidate.substring(query + 1)).isPresent())) {
            return "/dashboard";
        }
        return candidate;
    }

    private static String random(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
