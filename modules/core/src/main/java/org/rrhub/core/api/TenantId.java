package org.rrhub.core.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a provider organisation. The value is the alias of the tenant's Keycloak organization, so the
 * tenant of a request can be read straight from the verified token without a lookup table.
 */
public final class TenantId {

    private static final Pattern ALIAS = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final String value;

    private TenantId(String value) {
        this.value = value;
    }

    public static TenantId of(String value) {
        Objects.requireNonNull(value, "tenant id");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a tenant id: " + value);
        }
        return new TenantId(value);
    }

    /** A tenant id taken from a URL: anything that cannot be one is simply not found. */
    public static TenantId fromPath(String value) {
        if (!isValid(value)) {
            throw new NotFoundException("Tenant");
        }
        return new TenantId(value);
    }

    public static boolean isValid(String value) {
        return value != null && ALIAS.matcher(value).matches();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
