package org.rrhub.keycloak.internal;

import com.nimbusds.jwt.JWTClaimsSet;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.Integrations;

import java.text.ParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the claims of a verified Keycloak token into a {@link Caller}: realm roles from "groups" (the
 * microprofile-jwt scope), the tenant from "organization" (the organization scope, a list of aliases, or a map
 * keyed by alias when the mapper adds attributes), and for a client's own token (client credentials) the client it
 * was issued to.
 */
final class ClaimsMapper {

    private ClaimsMapper() {
    }

    static Caller toCaller(JWTClaimsSet claims) throws ParseException {
        String subject = claims.getSubject();
        String username = Optional.ofNullable(claims.getStringClaim("preferred_username")).orElse(subject);
        String displayName = claims.getStringClaim("name");
        Set<Role> roles = roles(claims);
        TenantId tenant = tenant(claims.getClaim("organization")).orElse(null);
        return new Caller(subject, username, displayName, tenant, roles, integration(claims, username).orElse(null));
    }

    /** How Keycloak names the user behind a client's own tokens. */
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    /**
     * The client a token without a person behind it was issued to. Such a token is recognised by any of Keycloak's
     * marks (the "client_id" claim of the service_account scope, the service account's username) or by the client
     * id the product gives integrations; failing closed, any of them makes the caller an integration, which is then
     * accepted only while an integration of that id exists. The client is "azp", the authorised party.
     */
    static Optional<String> integration(JWTClaimsSet claims, String username) throws ParseException {
        String clientIdClaim = claims.getStringClaim("client_id");
        String authorisedParty = claims.getStringClaim("azp");
        boolean clientsOwn = clientIdClaim != null
                || username.startsWith(SERVICE_ACCOUNT_PREFIX)
                || (authorisedParty != null && authorisedParty.startsWith(Integrations.CLIENT_ID_PREFIX));
        if (!clientsOwn) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(authorisedParty).orElse(Optional.ofNullable(clientIdClaim).orElse("")));
    }

    private static Set<Role> roles(JWTClaimsSet claims) throws ParseException {
        List<String> groups = claims.getStringListClaim("groups");
        if (groups == null) {
            return Set.of();
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.fromClaim(g).ifPresent(roles::add));
        return roles;
    }

    /**
     * A caller belongs to one provider organisation; membership of none or of several gives no tenant, so no
     * tenant data is reachable rather than the wrong tenant's.
     */
    static Optional<TenantId> tenant(Object organizationClaim) {
        Collection<?> aliases;
        if (organizationClaim instanceof Collection<?> list) {
            aliases = list;
        } else if (organizationClaim instanceof Map<?, ?> map) {
            aliases = map.keySet();
        } else if (organizationClaim instanceof String single) {
            aliases = List.of(single);
        } else {
            return Optional.empty();
        }
        Set<String> valid = aliases.stream().map(String::valueOf).filter(TenantId::isValid)
                .collect(Collectors.toSet());
        return valid.size() == 1 ? Optional.of(TenantId.of(valid.iterator().next())) : Optional.empty();
    }
}
