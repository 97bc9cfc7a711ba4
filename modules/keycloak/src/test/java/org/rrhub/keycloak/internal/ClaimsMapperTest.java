package org.rrhub.keycloak.internal;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimsMapperTest {

    private static JWTClaimsSet.Builder token() {
        return new JWTClaimsSet.Builder().subject("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")
                .claim("preferred_username", "northfield.admin").claim("name", "Priya Raman");
    }

    @Test
    void rolesComeFromGroupsAndUnknownGroupsAreIgnored() throws Exception {
        Caller caller = ClaimsMapper.toCaller(token()
                .claim("groups", List.of("provider-admin", "offline_access", "provider-viewer")).build());
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.PROVIDER_ADMIN, Role.PROVIDER_VIEWER);
        assertThat(caller.username()).isEqualTo("northfield.admin");
        assertThat(caller.displayName()).isEqualTo("Priya Raman");
    }

    @Test
    void theTenantIsTheSingleOrganizationAlias() throws Exception {
        Caller caller = ClaimsMapper.toCaller(token().claim("organization", List.of("northfield")).build());
        assertThat(caller.tenant()).contains(TenantId.of("northfield"));
    }

    @Test
    void theOrganizationClaimMayBeAMapKeyedByAlias() {
        assertThat(ClaimsMapper.tenant(Map.of("willow-house", Map.of("id", "1")))).contains(TenantId.of("willow-house"));
    }

    @Test
    void noneOrSeveralOrganizationsGiveNoTenantRatherThanAGuess() throws Exception {
        assertThat(ClaimsMapper.toCaller(token().build()).tenant()).isEmpty();
        assertThat(ClaimsMapper.tenant(List.of("northfield", "willow-house"))).isEmpty();
        assertThat(ClaimsMapper.tenant(List.of("Not An Alias"))).isEmpty();
    }

    @Test
    void aTokenWithoutGroupsHasNoRoles() throws Exception {
        assertThat(ClaimsMapper.toCaller(token().build()).roles()).isEmpty();
    }
}
