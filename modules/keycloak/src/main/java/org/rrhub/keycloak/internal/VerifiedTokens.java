package org.rrhub.keycloak.internal;

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
 * <p>What this answers is only that the token is genuine: whether the integration or the person's roles it stands
 * for still hold is asked afresh on every request ({@link CallerStanding}).
 *
 * <p>What this gives up: a signing key Keycloak withdraws keeps the tokens it signed working here until they
 * expire, as any verification that caches the realm's keys does.
 */
final class VerifiedTokens {

    static final int MOST = 10_000;

    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

    Optional<AccessToken> find(String token, Instant now) {
        AccessToken verified = tokens.get(token);
        if (verified == null) {
            return Optional.empty();
        }
        if (!verified.expiresAt().isAfter(now)) {
            tokens.remove(token);
            return Optional.empty();
        }
        return Optional.of(verified);
    }

    void remember(String token, AccessToken verified) {
        if (tokens.size() >= MOST) {
            tokens.clear();
        }
        tokens.put(token, verified);
    }
}
