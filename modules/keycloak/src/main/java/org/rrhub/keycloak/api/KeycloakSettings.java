package org.rrhub.keycloak.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Where Keycloak is and who this application is to it. Defaults are the embedded ones of the run command;
 * production sets RRHUB_KEYCLOAK_URL, RRHUB_PUBLIC_URL and the client secrets as environment variables.
 */
@ApplicationScoped
public class KeycloakSettings {

    @Inject
    @ConfigProperty(name = "rrhub.keycloak.url", defaultValue = "http://127.0.0.1:8180")
    String url;

    @Inject
    @ConfigProperty(name = "rrhub.keycloak.realm", defaultValue = "rrhub")
    String realm;

    @Inject
    @ConfigProperty(name = "rrhub.keycloak.web-client-id", defaultValue = "rrhub-web")
    String webClientId;

    @Inject
    @ConfigProperty(name = "rrhub.keycloak.web-client-secret", defaultValue = "rrhub-web-dev-secret")
    String webClientSecret;

    @Inject
    @ConfigProperty(name = "rrhub.keycloak.provisioner-client-id", defaultValue = "rrhub-provisioner")
    String provisionerClientId;

    @Inject
    @ConfigProperty(name = "rrhub.keycloak.provisioner-client-secret", defaultValue = "rrhub-provisioner-dev-secret")
    String provisionerClientSecret;

    @Inject
    @ConfigProperty(name = "rrhub.public-url", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    public String realmUrl() {
        return trimSlash(url) + "/realms/" + realm;
    }

    public String issuer() {
        return realmUrl();
    }

    public URI openIdEndpoint(String name) {
        return URI.create(realmUrl() + "/protocol/openid-connect/" + name);
    }

    public URI adminUrl(String path) {
        return URI.create(trimSlash(url) + "/admin/realms/" + realm + path);
    }

    /** Keycloak's origin, which pages must allow as a form target (sign-out redirects there). */
    public String origin() {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    public String webClientId() {
        return webClientId;
    }

    public String webClientSecret() {
        return webClientSecret;
    }

    public String provisionerClientId() {
        return provisionerClientId;
    }

    public String provisionerClientSecret() {
        return provisionerClientSecret;
    }

    /** The application's own address as browsers reach it, for redirect URIs. */
    public String publicUrl() {
        return trimSlash(publicUrl);
    }

    private static String trimSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
