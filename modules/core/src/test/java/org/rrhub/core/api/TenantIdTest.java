package org.rrhub.core.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"northfield", "st-annes-2", "a", "x9"})
    void acceptsOrganizationAliases(String alias) {
        assertThat(TenantId.of(alias).value()).isEqualTo(alias);
        assertThat(TenantId.of(alias)).isEqualTo(TenantId.of(alias));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Upper", "-leading", "trailing-", "has space", "semi;colon", "ünïcode"})
    void refusesAnythingElse(String value) {
        assertThat(TenantId.isValid(value)).isFalse();
        assertThatThrownBy(() -> TenantId.of(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void refusesOverlongAliases() {
        assertThat(TenantId.isValid("a".repeat(63))).isTrue();
        assertThat(TenantId.isValid("a".repeat(64))).isFalse();
    }
}
