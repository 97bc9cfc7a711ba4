package org.rrhub.tenants.api;

import java.util.List;

/**
 * API clients with which a provider's own systems call the API by client credentials, acting for that provider
 * only. Always scoped to the tenant of the request.
 */
public interface Integrations {

    /** Every integration's Keycloak client id starts so, whatever its organisation. */
    String CLIENT_ID_PREFIX = "rrhub-int-";

    List<IntegrationView> list();

    /**
     * @param role "provider-editor" or "provider-viewer": an integration never administers the organisation
     * @throws org.rrhub.core.api.InvalidInputException for a missing name or another role
     */
    IntegrationCredentials create(String name, String role, String actor);

    /** @throws org.rrhub.core.api.NotFoundException also for another tenant's integration */
    void revoke(String id, String actor);
}
