package org.rrhub.keycloak.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.keycloak.api.KeycloakSettings;
import org.rrhub.tenants.api.IdentityProvisioning;
import org.rrhub.tenants.api.NewUser;
import org.rrhub.tenants.api.ProvisioningException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Provisioning through Keycloak's admin REST API, authenticated as the "rrhub-provisioner" service account
 * (client credentials). Plain JDK HTTP and JSON-P: the Keycloak admin client library would bring a second
 * JAX-RS implementation into Payara.
 */
@ApplicationScoped
class KeycloakAdminClient implements IdentityProvisioning {

    @Inject
    KeycloakSettings settings;

    @Inject
    KeycloakHttp http;

    private volatile String token;
    private volatile Instant tokenExpires = Instant.MIN;

    @Override
    public String createOrganization(TenantId alias, String name) {
        JsonObject body = Json.createObjectBuilder()
                .add("name", name)
                .add("alias", alias.value())
                .add("enabled", true)
                .add("domains", Json.createArrayBuilder())
                .build();
        var response = call("POST", "/organizations", body);
        expect(response, 201, "create organization " + alias);
        return idFromLocation(response);
    }

    @Override
    public Optional<String> findOrganization(TenantId alias) {
        var response = call("GET", "/organizations?q=" + encode("alias:" + alias.value()), null);
        expect(response, 200, "find organization");
        return KeycloakHttp.structure(response.body()).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> alias.value().equals(o.getString("alias", null)))
                .map(o -> o.getString("id"))
                .findFirst();
    }

    @Override
    public void deleteOrganization(String organizationId) {
        var response = call("DELETE", "/organizations/" + encode(organizationId), null);
        expectOneOf(response, "delete organization", 204, 404);
    }

    @Override
    public String createUser(NewUser user) {
        JsonArrayBuilder requiredActions = Json.createArrayBuilder();
        if (user.temporaryPassword()) {
            requiredActions.add("UPDATE_PASSWORD");
        }
        JsonObject body = Json.createObjectBuilder()
                .add("username", user.username())
                .add("email", user.email())
                .add("firstName", user.firstName())
                .add("lastName", user.lastName())
                .add("enabled", true)
                .add("emailVerified", true)
                .add("requiredActions", requiredActions)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", user.password())
                        .add("temporary", user.temporaryPassword())))
                .build();
        var response = call("POST", "/users", body);
        expect(response, 201, "create user " + user.username());
        String userId = idFromLocation(response);
        try {
            assignRoles(userId, user);
        } catch (RuntimeException e) {
            deleteUser(userId);
            throw e;
        }
        return userId;
    }

    private void assignRoles(String userId, NewUser user) {
        if (user.roles().isEmpty()) {
            return;
        }
        JsonArrayBuilder roles = Json.createArrayBuilder();
        user.roles().stream().map(this::roleRepresentation).forEach(roles::add);
        var response = call("POST", "/users/" + encode(userId) + "/role-mappings/realm", roles.build());
        expect(response, 204, "assign roles");
    }

    @Override
    public Optional<String> findUser(String username) {
        var response = call("GET", "/users?exact=true&username=" + encode(username), null);
        expect(response, 200, "find user");
        JsonArray users = KeycloakHttp.structure(response.body()).asJsonArray();
        return users.stream().map(JsonValue::asJsonObject)
                .filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
                .map(u -> u.getString("id")).findFirst();
    }

    @Override
    public void deleteUser(String userId) {
        var response = call("DELETE", "/users/" + encode(userId), null);
        expectOneOf(response, "delete user", 204, 404);
    }

    @Override
    public void endSessions(String userId) {
        var response = call("POST", "/users/" + encode(userId) + "/logout", null);
        expectOneOf(response, "end the user's sessions", 204, 404);
    }

    @Override
    public void addMember(String organizationId, String userId) {
        JsonString body = Json.createValue(userId);
        var response = call("POST", "/organizations/" + encode(organizationId) + "/members", body);
        expect(response, 201, "add organization member");
    }

    @Override
    public List<Member> members(String organizationId) {
        var response = call("GET", "/organizations/" + encode(organizationId) + "/members?first=0&max=1000", null);
        expect(response, 200, "list organization members");
        return KeycloakHttp.structure(response.body()).asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(u -> new Member(u.getString("id"), u.getString("username", ""), u.getString("email", ""),
                        u.getString("firstName", ""), u.getString("lastName", "")))
                .toList();
    }

    @Override
    public Set<Role> realmRoles(String userId) {
        var response = call("GET", "/users/" + encode(userId) + "/role-mappings/realm", null);
        expect(response, 200, "read a user's roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        KeycloakHttp.structure(response.body()).asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(r -> Role.fromClaim(r.getString("name", ""))).flatMap(Optional::stream).forEach(roles::add);
        return roles;
    }

    @Override
    public void replaceRoles(String userId, Set<Role> revoked, Role granted) {
        // Grant first: if Keycloak fails in between, the user has one role too many rather than none at all.
        var grant = call("POST", "/users/" + encode(userId) + "/role-mappings/realm",
                Json.createArrayBuilder().add(roleRepresentation(granted)).build());
        expect(grant, 204, "grant a role");
        JsonArrayBuilder taken = Json.createArrayBuilder();
        revoked.stream().filter(r -> r != granted).map(this::roleRepresentation).forEach(taken::add);
        JsonArray remove = taken.build();
        if (!remove.isEmpty()) {
            var response = call("DELETE", "/users/" + encode(userId) + "/role-mappings/realm", remove);
            expect(response, 204, "revoke roles");
        }
    }

    @Override
    public void revokeRoles(String userId, Set<Role> revoked) {
        JsonArrayBuilder taken = Json.createArrayBuilder();
        revoked.stream().map(this::roleRepresentation).forEach(taken::add);
        var response = call("DELETE", "/users/" + encode(userId) + "/role-mappings/realm", taken.build());
        expect(response, 204, "revoke roles");
    }

    @Override
    public void removeMember(String organizationId, String userId) {
        var response = call("DELETE", "/organizations/" + encode(organizationId) + "/members/" + encode(userId), null);
        expectOneOf(response, "remove a member", 204, 404);
    }

    private JsonObject roleRepresentation(Role role) {
        var response = call("GET", "/roles/" + encode(role.claimName()), null);
        expect(response, 200, "read role " + role.claimName());
        return KeycloakHttp.object(response.body());
    }

    @Override
    public ServiceClient createServiceClient(TenantId tenant, String clientId, String name, Role role) {
        // The organization claim is fixed on the client: its tokens can act for this tenant and no other.
        JsonObject organizationClaim = Json.createObjectBuilder()
                .add("name", "organization")
                .add("protocol", "openid-connect")
                .add("protocolMapper", "oidc-hardcoded-claim-mapper")
                .add("config", Json.createObjectBuilder()
                        .add("claim.name", "organization")
                        .add("claim.value", Json.createArrayBuilder().add(tenant.value()).build().toString())
                        .add("jsonType.label", "JSON")
                        .add("access.token.claim", "true")
                        .add("id.token.claim", "false")
                        .add("userinfo.token.claim", "false"))
                .build();
        JsonObject body = Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("name", name)
                .add("description", "Integration of " + tenant.value())
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("publicClient", false)
                .add("clientAuthenticatorType", "client-secret")
                .add("serviceAccountsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("implicitFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("protocolMappers", Json.createArrayBuilder().add(organizationClaim))
                .add("defaultClientScopes", Json.createArrayBuilder()
                        .add("basic").add("roles").add("profile").add("microprofile-jwt"))
                .build();
        var created = call("POST", "/clients", body);
        expect(created, 201, "create client " + clientId);
        String id = idFromLocation(created);
        try {
            var secret = call("GET", "/clients/" + encode(id) + "/client-secret", null);
            expect(secret, 200, "read client secret");
            var serviceAccount = call("GET", "/clients/" + encode(id) + "/service-account-user", null);
            expect(serviceAccount, 200, "read service account");
            var roleRepresentation = call("GET", "/roles/" + encode(role.claimName()), null);
            expect(roleRepresentation, 200, "read role " + role.claimName());
            var mapped = call("POST", "/users/" + encode(KeycloakHttp.object(serviceAccount.body()).getString("id"))
                    + "/role-mappings/realm", Json.createArrayBuilder()
                    .add(KeycloakHttp.object(roleRepresentation.body())).build());
            expect(mapped, 204, "assign role to service account");
            return new ServiceClient(id, clientId, KeycloakHttp.object(secret.body()).getString("value"));
        } catch (RuntimeException e) {
            deleteServiceClient(id);
            throw e;
        }
    }

    @Override
    public void deleteServiceClient(String serviceClientId) {
        var response = call("DELETE", "/clients/" + encode(serviceClientId), null);
        expectOneOf(response, "delete client", 204, 404);
    }

    private HttpResponse<String> call(String method, String path, JsonValue body) {
        try {
            var request = HttpRequest.newBuilder(settings.adminUrl(path))
                    .header("Authorization", "Bearer " + accessToken())
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
            }
            return http.send(request);
        } catch (IOException e) {
            throw new ProvisioningException("Keycloak could not be reached: " + e.getMessage(), false);
        }
    }

    private String accessToken() throws IOException {
        if (token == null || Instant.now().isAfter(tokenExpires)) {
            synchronized (this) {
                if (token == null || Instant.now().isAfter(tokenExpires)) {
                    var response = http.postForm(settings.openIdEndpoint("token"), Map.of(
                            "grant_type", "client_credentials",
                            "client_id", settings.provisionerClientId(),
                            "client_secret", settings.provisionerClientSecret()));
                    if (response.statusCode() != 200) {
                        throw new ProvisioningException("Keycloak refused the provisioning client ("
                                + response.statusCode() + ")", false);
                    }
                    JsonObject json = KeycloakHttp.object(response.body());
                    // Renew well before expiry so a token never lapses in the middle of a registration.
                    tokenExpires = Instant.now().plusSeconds(Math.max(10, json.getInt("expires_in", 60) - 30));
                    token = json.getString("access_token");
                }
            }
        }
        return token;
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        expectOneOf(response, what, status);
    }

    private static void expectOneOf(HttpResponse<String> response, String what, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new ProvisioningException("Keycloak could not " + what + ": HTTP " + response.statusCode(),
                response.statusCode() == 409);
    }

    private static String idFromLocation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new ProvisioningException("Keycloak returned no Location", false));
        String path = URI.create(location).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
