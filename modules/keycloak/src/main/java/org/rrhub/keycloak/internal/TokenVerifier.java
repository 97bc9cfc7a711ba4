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
import org.rrhub.core.api.Caller;
import org.rrhub.keycloak.api.KeycloakSettings;

import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies Keycloak-issued JWTs: RS256 signature against the realm's published keys (fetched once, cached and
 * refreshed on key rotation by Nimbus), issuer, expiry, and the token type Keycloak writes in "typ".
 */
@ApplicationScoped
class TokenVerifier {

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
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                    new JWTClaimsSet.Builder().issuer(settings.issuer()).build(),
                    Set.of("sub", "exp", "iat", "typ")));
            this.processor = processor;
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Keycloak URL is not a URL", e);
        }
    }

    /** An access token, as presented to the API ("Authorization: Bearer ..."); verified once, then remembered. */
    Caller callerFromAccessToken(String token) throws InvalidTokenException {
        Optional<Caller> known = verified.find(token, clock.instant());
        if (known.isPresent()) {
            return known.get();
        }
        JWTClaimsSet claims = verify(token, "Bearer");
        try {
            Caller caller = ClaimsMapper.toCaller(claims);
            verified.remember(token, caller, claims.getExpirationTime().toInstant());
            return caller;
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
