package org.rrhub.keycloak.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.AccessStanding;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An integration stands while its organisation has it; a person while their access has not changed since. */
class CallerStandingTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");
    private static final TenantId NORTHFIELD = TenantId.of("northfield");

    private final Set<String> integrations = new HashSet<>();
    private final Map<String, Instant> changes = new HashMap<>();
    private final CallerStanding standing = new CallerStanding();

    @BeforeEach
    void standing() {
        standing.standing = new AccessStanding() {
            @Override
            public boolean integrationExists(TenantId tenant, String clientId) {
                return tenant != null && integrations.contains(tenant.value() + "/" + clientId);
            }

            @Override
            public boolean accessChangedAfter(String subject, Instant rolesAsOf) {
                return changes.containsKey(subject) && changes.get(subject).isAfter(rolesAsOf);
            }
        };
    }

    private static Caller integration(TenantId tenant, String clientId) {
        return new Caller("sa-1", "service-account-" + clientId, null, tenant, Set.of(Role.PROVIDER_EDITOR),
                clientId);
    }

    @Test
    void anIntegrationStandsOnlyWhileItsOrganisationHasIt() {
        integrations.add("northfield/rrhub-int-northfield-1");
        assertThat(standing.holds(integration(NORTHFIELD, "rrhub-int-northfield-1"), ISSUED)).isTrue();
        assertThat(standing.holds(integration(NORTHFIELD, "rrhub-int-northfield-2"), ISSUED)).as("unknown").isFalse();
        assertThat(standing.holds(integration(TenantId.of("willow-house"), "rrhub-int-northfield-1"), ISSUED))
                .as("another organisation's").isFalse();
        assertThat(standing.holds(integration(null, "rrhub-int-northfield-1"), ISSUED)).as("no organisation").isFalse();
        integrations.clear();
        assertThat(standing.holds(integration(NORTHFIELD, "rrhub-int-northfield-1"), ISSUED)).as("revoked").isFalse();
    }

    @Test
    void aPersonStandsUntilTheirAccessIsChangedAfterTheirTokenWasIssued() {
        Caller person = new Caller("u-1", "northfield.editor", null, NORTHFIELD, Set.of(Role.PROVIDER_EDITOR));
        assertThat(standing.holds(person, ISSUED)).isTrue();
        changes.put("u-1", ISSUED.minusSeconds(60));
        assertThat(standing.holds(person, ISSUED)).as("changed before the token").isTrue();
        changes.put("u-1", ISSUED.plusSeconds(60));
        assertThat(standing.holds(person, ISSUED)).as("changed since").isFalse();
        assertThat(standing.holds(person, ISSUED.plusSeconds(61))).as("a token issued after the change").isTrue();
    }
}
