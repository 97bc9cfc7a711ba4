package org.rrhub.keycloak.internal;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Expiry is checked with at most 30 seconds of clock skew (decision 0023), not Nimbus's default of 60. */
class TokenClaimsTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/rrhub";

    private static JWTClaimsSet expiredSecondsAgo(long seconds) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("s1").claim("typ", "Bearer")
                .issueTime(Date.from(now.minusSeconds(300 + seconds)))
                .expirationTime(Date.from(now.minusSeconds(seconds))).build();
    }

    @Test
    void aTokenIsAcceptedUpTo30SecondsPastItsExpiry() {
        assertThatCode(() -> TokenVerifier.claimsVerifier(ISSUER).verify(expiredSecondsAgo(20), null))
                .doesNotThrowAnyException();
    }

    @Test
    void aTokenExpiredLongerAgoThanTheSkewIsRefusedWhereNimbusWouldStillTakeIt() {
        assertThatThrownBy(() -> TokenVerifier.claimsVerifier(ISSUER).verify(expiredSecondsAgo(45), null))
                .isInstanceOf(BadJWTException.class).hasMessageContaining("Expired");
    }

    @Test
    void anotherIssuerIsRefused() {
        JWTClaimsSet foreign = new JWTClaimsSet.Builder(expiredSecondsAgo(-60)).issuer("https://elsewhere/realms/x")
                .build();
        assertThatThrownBy(() -> TokenVerifier.claimsVerifier(ISSUER).verify(foreign, null))
                .isInstanceOf(BadJWTException.class);
    }
}
