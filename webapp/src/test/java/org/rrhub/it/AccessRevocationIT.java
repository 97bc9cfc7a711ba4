package org.rrhub.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token Keycloak signed stays genuine until it expires, but what it stands for can end sooner: a revoked
 * integration's token, or a person's token from before their role was changed, is refused at the next request.
 * Real Keycloak tokens throughout.
 */
@OnTheApplication
class AccessRevocationIT {

    @Test
    void aRevokedIntegrationsTokenIsRefusedAtTheNextRequest() {
        var tenant = Fixtures.newTenant("Revocation Test Trust", "NHS_TRUST");
        var created = Api.post("/api/v1/integrations", tenant.adminToken(),
                "{\"name\": \"Incident system export\", \"role\": \"provider-viewer\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String clientId = created.object().getJsonObject("integration").getString("clientId");
        String integrationId = created.object().getJsonObject("integration").getString("id");
        String token = TestKeycloak.clientCredentialsToken(clientId, created.object().getString("clientSecret"));
        assertThat(Api.get("/api/v1/me", token).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/wards", token).status()).as("remembered by the verified-token memory")
                .isEqualTo(200);

        assertThat(Api.delete("/api/v1/integrations/" + integrationId, tenant.adminToken()).status()).isEqualTo(204);

        var refused = Api.get("/api/v1/wards", token);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.object().getString("detail")).contains("revoked");
        assertThat(Api.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void aClientsOwnTokenIsRefusedWhenNoIntegrationOfItsOrganisationHasItsClientId() {
        var tenant = Fixtures.newTenant("Unknown Client Trust", "NHS_TRUST");
        // Made in Keycloak behind the product's back, exactly as an integration is: the organisation's claim and
        // an editor's role, so only the missing integration record stands in its way.
        String lookalike = "rrhub-int-" + tenant.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String token = serviceClientToken(tenant.id(), lookalike, "basic", "roles", "profile", "microprofile-jwt");
        var refused = Api.get("/api/v1/wards", token);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);

        // Any other client with a service account, whatever it is called and whichever claims it asks for.
        String other = "reporting-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(Api.get("/api/v1/me", serviceClientToken(tenant.id(), other, "basic", "roles",
                "microprofile-jwt")).status()).isEqualTo(401);

        // The realm's own service account (the provisioner) is no integration either.
        var provisioner = Api.get("/api/v1/me",
                TestKeycloak.clientCredentialsToken("rrhub-provisioner", "rrhub-provisioner-dev-secret"));
        assertThat(provisioner.status()).as(provisioner.toString()).isEqualTo(401);

        // A genuine integration of the organisation is accepted, for that organisation.
        var created = Api.post("/api/v1/integrations", tenant.adminToken(),
                "{\"name\": \"Rostering\", \"role\": \"provider-editor\"}");
        String genuine = TestKeycloak.clientCredentialsToken(
                created.object().getJsonObject("integration").getString("clientId"),
                created.object().getString("clientSecret"));
        assertThat(Api.get("/api/v1/me", genuine).object().getString("tenant")).isEqualTo(tenant.id());
    }

    @Test
    void aPersonsTokenFromBeforeTheirRoleWasChangedIsRefusedAndANewOneHasTheNewRole() throws Exception {
        var tenant = Fixtures.newTenant("Role Change Trust", "NHS_TRUST");
        var person = Fixtures.addPerson(tenant, "provider-admin");
        String before = person.token();
        assertThat(Api.get("/api/v1/me", before).object().getJsonArray("roles").toString())
                .contains("provider-admin");
        assertThat(Api.get("/api/v1/integrations", before).status()).isEqualTo(200);
        // Tokens carry their issue time in whole seconds: a change in the token's own second is not held against it.
        Thread.sleep(1_100);

        var changed = Api.put("/api/v1/people/" + person.username() + "/role", tenant.adminToken(),
                "{\"role\": \"provider-viewer\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        var refused = Api.get("/api/v1/integrations", before);
        assertThat(refused.status()).as("the admin's old token no longer administers").isEqualTo(401);
        assertThat(refused.object().getString("detail")).contains("access changed");
        assertThat(Api.get("/api/v1/me", before).status()).isEqualTo(401);

        String after = person.token();
        assertThat(Api.get("/api/v1/me", after).object().getJsonArray("roles").toString())
                .contains("provider-viewer").doesNotContain("provider-admin");
        assertThat(Api.get("/api/v1/integrations", after).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/wards", after).status()).isEqualTo(200);
        // Somebody else's tokens are untouched.
        assertThat(Api.get("/api/v1/me", tenant.adminToken()).status()).isEqualTo(200);
    }

    @Test
    void aPersonRemovedFromTheOrganisationLosesItFromTheirNextRequest() throws Exception {
        var tenant = Fixtures.newTenant("Membership Trust", "NHS_TRUST");
        var other = Fixtures.newTenant("Other Membership Trust", "NHS_TRUST");
        var editor = Fixtures.addPerson(tenant, "provider-editor");
        String before = editor.token();
        assertThat(Api.get("/api/v1/wards", before).status()).isEqualTo(200);
        Thread.sleep(1_100);

        String path = "/api/v1/people/" + editor.username();
        assertThat(Api.delete(path, other.adminToken()).status()).as("another organisation's person").isEqualTo(404);
        assertThat(Api.delete(path, editor.token()).status()).as("editors do not manage people").isEqualTo(403);
        var self = Api.delete("/api/v1/people/" + tenant.adminUsername(), tenant.adminToken());
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.body()).contains("username");
        assertThat(Api.delete("/api/v1/people/nobody.at.all", tenant.adminToken()).status()).isEqualTo(404);
        Thread.sleep(1_100);

        assertThat(Api.delete(path, tenant.adminToken()).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/wards", before).status()).as("the old token").isEqualTo(401);
        var me = Api.get("/api/v1/me", editor.token()).object();
        assertThat(me.get("tenant")).as("no organisation any more: " + me).isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(me.getJsonArray("roles")).isEmpty();
        assertThat(Api.get("/api/v1/wards", editor.token()).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/people", tenant.adminToken()).body()).doesNotContain(editor.username());
    }

    /** A confidential client made directly in Keycloak, acting for the organisation as an editor; its token. */
    private static String serviceClientToken(String tenant, String clientId, String... scopes) {
        var scopeList = Json.createArrayBuilder();
        for (String scope : scopes) {
            scopeList.add(scope);
        }
        TestKeycloak.admin("POST", "/clients", Json.createObjectBuilder()
                .add("clientId", clientId).add("enabled", true).add("protocol", "openid-connect")
                .add("publicClient", false).add("clientAuthenticatorType", "client-secret")
                .add("serviceAccountsEnabled", true).add("standardFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("protocolMappers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "organization").add("protocol", "openid-connect")
                        .add("protocolMapper", "oidc-hardcoded-claim-mapper")
                        .add("config", Json.createObjectBuilder().add("claim.name", "organization")
                                .add("claim.value", "[\"" + tenant + "\"]").add("jsonType.label", "JSON")
                                .add("access.token.claim", "true"))))
                .add("defaultClientScopes", scopeList).build().toString());
        String id = read(TestKeycloak.admin("GET", "/clients?clientId=" + clientId, null).body()).readArray()
                .getJsonObject(0).getString("id");
        String secret = read(TestKeycloak.admin("GET", "/clients/" + id + "/client-secret", null).body())
                .readObject().getString("value");
        String serviceAccount = read(TestKeycloak.admin("GET", "/clients/" + id + "/service-account-user", null)
                .body()).readObject().getString("id");
        String role = TestKeycloak.admin("GET", "/roles/provider-editor", null).body();
        TestKeycloak.admin("POST", "/users/" + serviceAccount + "/role-mappings/realm", "[" + role + "]");
        return TestKeycloak.clientCredentialsToken(clientId, secret);
    }

    private static jakarta.json.JsonReader read(String body) {
        return Json.createReader(new StringReader(body));
    }
}
