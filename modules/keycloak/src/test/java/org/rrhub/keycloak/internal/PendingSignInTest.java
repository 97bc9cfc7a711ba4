package org.rrhub.keycloak.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PendingSignInTest {

    @Test
    void codeChallengeIsBase64UrlOfSha256OfTheVerifier() {
        // expected value computed independently (Python hashlib + urlsafe_b64encode, padding stripped)
        var pending = new PendingSignIn("s", "n", "dBjftJeZ4CVP-mJ92K9qkA3Kmlyxx6Yc4wW6CTwvzgk", "/dashboard");
        assertThat(pending.codeChallenge()).isEqualTo("4Md4MA8xONu-vSRTYGm10BtuNJx6PpD05ZuLsWl1XfQ");
    }

    @Test
    void eachSignInGetsFreshSecrets() {
        var first = PendingSignIn.start("/dashboard");
        var second = PendingSignIn.start("/dashboard");
        assertThat(first.state()).isNotEqualTo(second.state());
        assertThat(first.nonce()).isNotEqualTo(second.nonce());
        assertThat(first.codeVerifier()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(second.codeVerifier());
    }

    @Test
    void returnsOnlyToPathsOfThisApplication() {
        assertThat(PendingSignIn.safeReturnTo("/wards/new")).isEqualTo("/wards/new");
        assertThat(PendingSignIn.safeReturnTo("/search?q=prone+restraint&page=2"))
                .isEqualTo("/search?q=prone+restraint&page=2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "https://evil.example", "\\\\evil", "/auth/callback", "dashboard",
            "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/ /evil.example", "/./auth/callback",
            "/x/../auth/callback", "/%2F/evil.example", "/dashboard;x", "/documents?q=%00", "/%5Cevil.example"})
    void anythingElseGoesToTheDashboard(String target) {
        assertThat(PendingSignIn.safeReturnTo(target)).isEqualTo("/dashboard");
    }
}
