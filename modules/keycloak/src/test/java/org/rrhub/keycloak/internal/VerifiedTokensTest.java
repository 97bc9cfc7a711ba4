package org.rrhub.keycloak.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A verified token is remembered until its own expiry, never after it, and the memory is bounded. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Caller VIEWER = new Caller("s1", "northfield.viewer", "Ada", TenantId.of("northfield"),
            Set.of(Role.PROVIDER_VIEWER));
    private static final AccessToken TOKEN = new AccessToken(VIEWER, NOW, NOW.plusSeconds(300));

    @Test
    void aTokenIsTheSameCallerUntilItExpiresAndForgottenAfter() {
        VerifiedTokens tokens = new VerifiedTokens();
        tokens.remember("token-1", TOKEN);
        assertThat(tokens.find("token-1", NOW.plusSeconds(299))).contains(TOKEN);
        assertThat(tokens.find("token-2", NOW)).as("another token is verified afresh").isEmpty();
        assertThat(tokens.find("token-1", NOW.plusSeconds(300))).as("at its expiry").isEmpty();
        assertThat(tokens.find("token-1", NOW)).as("forgotten once seen expired").isEmpty();
    }

    @Test
    void pastItsSizeTheMemoryStartsAgain() {
        VerifiedTokens tokens = new VerifiedTokens();
        for (int i = 0; i < VerifiedTokens.MOST; i++) {
            tokens.remember("token-" + i, TOKEN);
        }
        assertThat(tokens.find("token-0", NOW)).isPresent();
        tokens.remember("one-more", TOKEN);
        assertThat(tokens.find("token-0", NOW)).isEmpty();
        assertThat(tokens.find("one-more", NOW)).isPresent();
    }
}
