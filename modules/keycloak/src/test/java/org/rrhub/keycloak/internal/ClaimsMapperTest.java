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

    @Test
    void aPersonsTokenIsNoIntegrationWhicheverClientTheySignedInWith() throws Exception {
        assertThat(ClaimsMapper.toCaller(token().claim("azp", "rrhub-web").build()).integration()).isEmpty();
        assertThat(ClaimsMapper.toCaller(token().claim("azp", "rrhub-test-cli").build()).integration()).isEmpty();
    }

    @Test
    void aClientCredentialsTokenIsTheIntegrationItWasIssuedTo() throws Exception {
        JWTClaimsSet integration = new JWTClaimsSet.Builder().subject("5c1e-service-account")
                .claim("preferred_username", "service-account-rrhub-int-northfield-1a2b3c4d")
                .claim("azp", "rrhub-int-northfield-1a2b3c4d").claim("organization", List.of("northfield")).build();
        Caller caller = ClaimsMapper.toCaller(integration);
        assertThat(caller.integration()).contains("rrhub-int-northfield-1a2b3c4d");
        assertThat(caller.tenant()).contains(TenantId.of("northfield"));
    }

    @Test
    void anyMarkOfAClientsOwnTokenMakesItAnIntegrationSoThatAnUnknownClientIsRefused() throws Exception {
        assertThat(ClaimsMapper.toCaller(token().claim("azp", "rrhub-provisioner").claim("client_id",
                "rrhub-provisioner").build()).integration()).as("Keycloak's client_id claim").contains("rrhub-provisioner");
        assertThat(ClaimsMapper.toCaller(new JWTClaimsSet.Builder().subject("s")
                .claim("preferred_username", "service-account-other").claim("azp", "other").build()).integration())
                .as("a service account's username").contains("other");
        assertThat(ClaimsMapper.toCaller(token().claim("azp", "rrhub-int-willow-house-00000000").build())
                .integration()).as("the product's integration client ids").contains("rrhub-int-willow-house-00000000");
        assertThat(ClaimsMapper.toCaller(new JWTClaimsSet.Builder().subject("s").claim("client_id", "x").build())
                .integration()).as("no azp: the client_id claim names it").contains("x");
    }
}
