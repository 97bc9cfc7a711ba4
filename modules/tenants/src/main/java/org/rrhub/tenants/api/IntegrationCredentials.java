package org.rrhub.tenants.api;

/** A new integration and its client secret: shown once, at creation, never stored by this service. */
public record IntegrationCredentials(IntegrationView integration, String clientSecret) {
}
