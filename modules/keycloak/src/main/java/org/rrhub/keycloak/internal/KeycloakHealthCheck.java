package org.rrhub.keycloak.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.rrhub.keycloak.api.KeycloakSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;

/** Ready only while Keycloak publishes the realm's OpenID configuration: without it nobody can sign in. */
@Readiness
@ApplicationScoped
class KeycloakHealthCheck implements HealthCheck {

    @Inject
    KeycloakSettings settings;

    @Inject
    KeycloakHttp http;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("keycloak").withData("realm", settings.issuer());
        try {
            int status = http.send(HttpRequest.newBuilder(
                    URI.create(settings.realmUrl() + "/.well-known/openid-configuration")).GET()).statusCode();
            return response.status(status == 200).withData("status", status).build();
        } catch (IOException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
