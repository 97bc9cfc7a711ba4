package org.rrhub.keycloak.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rrhub.keycloak.api.KeycloakSettings;

import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies Keycloak-issued JWTs: RS256 signature against the realm's published keys (fetched once, cached and
 * refreshed on key rotation by Nimbus), issuer, expiry (with at most {@link #MAX_CLOCK_SKEW_SECONDS} of clock
 * skew, decision 0023), and the token type Keycloak writes in "typ".
 */
@ApplicationScoped
class TokenVerifier {

    /** How far Keycloak's clock and ours may disagree: a token is accepted at most this long past its expiry. */
    static final int MAX_CLOCK_SKEW_SECONDS = 30;

    @Inject
    KeycloakSettings settings;

    private ConfigurableJWTProcessor<SecurityContext> processor;
    private final VerifiedTokens verified = new VerifiedTokens();
    Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder
                    .create(settings.openIdEndpoint("certs").toURL())
                    .retrying(true)
                    .build();
            var processor = new DefaultJWTProcessor<SecurityContext>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
            processor.setJWTClaimsSetVerifier(claimsVerifier(settings.issuer()));
            this.processor = processor;
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Keycloak URL is not a URL", e);
        }
    }

    /** The checks of a token's claims: the realm's issuer, the claims we read present, and expiry. */
    static DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(String issuer) {
        var verifier = new DefaultJWTClaimsVerifier<SecurityContext>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat", "typ"));
        verifier.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        return verifier;
    }

    /**
     * An access token, as presented to the API ("Authorization: Bearer ...") or received at sign-in; verified once,
     * then remembered. Only its genuineness: whether what it stands for still holds is {@link CallerStanding}'s.
     */
    AccessToken verifyAccessToken(String token) throws InvalidTokenException {
        Optional<AccessToken> known = verified.find(token, clock.instant());
        if (known.isPresent()) {
            return known.get();
        }
        JWTClaimsSet claims = verify(token, "Bearer");
        try {
            AccessToken accessToken = new AccessToken(ClaimsMapper.toCaller(claims),
                    claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
            verified.remember(token, accessToken);
            return accessToken;
        } catch (ParseException e) {
            throw new InvalidTokenException("Malformed claims", e);
        }
    }

    /** An ID token from the code flow: it must be for our client and carry the nonce we sent. */
    JWTClaimsSet verifyIdToken(String token, String expectedNonce) throws InvalidTokenException {
        JWTClaimsSet claims = verify(token, "ID");
        try {
            if (!claims.getAudience().contains(settings.webClientId())
                    || !Objects.equals(expectedNonce, claims.getStringClaim("nonce"))) {
                throw new InvalidTokenException("ID token is not for this sign-in");
            }
        } catch (ParseException e) {
            throw new InvalidTokenException("Malformed ID token", e);
        }
        return claims;
    }

    private JWTClaimsSet verify(String token, String expectedType) throws InvalidTokenException {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            if (!expectedType.equals(claims.getStringClaim("typ"))) {
                throw new InvalidTokenException("Not a token of type " + expectedType);
            }
            return claims;
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("Token rejected: " + e.getMessage(), e);
        }
    }
}
