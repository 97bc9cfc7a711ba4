package org.rrhub.keycloak.internal;

import org.rrhub.core.api.Caller;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens already verified, with the caller each stands for, until the token expires. An integration or a
 * browser's API calls present the same token for its whole life (five minutes in the realm); checking its signature
 * and claims once is enough, since the same characters always verify the same way. A token is never trusted past
 * its own expiry, and the memory starts again past {@link #MOST} tokens.
 *
 * <p>What this gives up: a signing key Keycloak withdraws keeps the tokens it signed working here until they
 * expire, as any verification that caches the realm's keys does.
 */
final class VerifiedTokens {

    static final int MOST = 10_000;

    private record Verified(Caller caller, Instant expiresAt) {
    }

    private final Map<String, Verified> tokens = new ConcurrentHashMap<>();

    Optional<Caller> find(String token, Instant now) {
        Verified verified = tokens.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!verified.expiresAt().isAfter(now)) {
            tokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(verified.caller());
    }

    void remember(String token, Caller caller, Instant expiresAt) {
        if (tokens.size() >= MOST) {
            tokens.clear();
        }
        tokens.put(token, new Verified(caller, expiresAt));
    }
}
