package org.rrhub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Named sample data, made through the product's own API: tenants with a signed-in provider admin each. */
final class Fixtures {

    static final String PLATFORM_ADMIN = "platform.admin";
    static final String PLATFORM_ADMIN_PASSWORD = "demo-platform-1";

    private Fixtures() {
    }

    static String platformAdminToken() {
        return TestKeycloak.token(PLATFORM_ADMIN, PLATFORM_ADMIN_PASSWORD);
    }

    /** A provider organisation created by the platform admin, with its first admin able to sign in. */
    record SampleTenant(String id, String name, String adminUsername, String adminPassword) {
        String adminToken() {
            return TestKeycloak.token(adminUsername, adminPassword);
        }
    }

    static SampleTenant newTenant(String namePrefix, String sector) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = namePrefix + " " + suffix;
        String email = "lead-" + suffix + "@example.org";
        var created = Api.post("/api/v1/tenants", platformAdminToken(), tenantJson(name, sector, email));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject body = created.object();
        String password = "It-Pass-" + suffix;
        TestKeycloak.setPermanentPassword(body.getString("adminUsername"), password);
        return new SampleTenant(body.getJsonObject("tenant").getString("id"), name,
                body.getString("adminUsername"), password);
    }

    record SamplePerson(String username, String password) {
        String token() {
            return TestKeycloak.token(username, password);
        }
    }

    /** Somebody else in a sample tenant, with one provider role, set up directly in Keycloak. */
    static SamplePerson addPerson(SampleTenant tenant, String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "It-Pass-" + username;
        TestKeycloak.admin("POST", "/users", Json.createObjectBuilder().add("username", username)
                .add("email", username + "@example.org").add("firstName", "Test").add("lastName", role)
                .add("enabled", true).add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build().toString());
        String userId = TestKeycloak.userId(username).orElseThrow();
        String roleJson = TestKeycloak.admin("GET", "/roles/" + role, null).body();
        TestKeycloak.admin("POST", "/users/" + userId + "/role-mappings/realm", "[" + roleJson + "]");
        String organizationId = TestKeycloak.organization(tenant.id()).orElseThrow().getString("id");
        TestKeycloak.admin("POST", "/organizations/" + organizationId + "/members", "\"" + userId + "\"");
        return new SamplePerson(username, password);
    }

    /** A word no other test writes, so a search for it finds only the items of the test that made it. */
    static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** An approved policy of the tenant, uploaded through the API as a text file; its id. */
    static String approvedPolicy(SampleTenant tenant, String title, String text) {
        String details = Json.createObjectBuilder().add("title", title).add("kind", "POLICY")
                .add("owner", tenant.adminUsername()).add("status", "APPROVED").build().toString();
        var uploaded = Api.multipart("/api/v1/documents", tenant.adminToken(), java.util.Map.of("details", details),
                "policy.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.object().getString("id");
    }

    static String tenantJson(String name, String sector, String email) {
        var json = Json.createObjectBuilder();
        if (name != null) {
            json.add("name", name);
        }
        if (sector != null) {
            json.add("sector", sector);
        }
        if (email != null) {
            json.add("adminEmail", email);
        }
        return json.add("adminFirstName", "Test").add("adminLastName", "Lead").build().toString();
    }

    static String wardJson(String name, String service, Integer beds) {
        var json = Json.createObjectBuilder();
        if (name != null) {
            json.add("name", name);
        }
        if (service != null) {
            json.add("service", service);
        }
        if (beds != null) {
            json.add("beds", beds);
        }
        return json.build().toString();
    }
}
