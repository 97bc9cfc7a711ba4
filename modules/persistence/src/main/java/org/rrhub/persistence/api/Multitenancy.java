package org.rrhub.persistence.api;

/** The names that tie EclipseLink's multitenancy to the tenant of a request. */
public final class Multitenancy {

    /** EntityManager property carrying the tenant id; used by every {@code @TenantDiscriminatorColumn}. */
    public static final String TENANT_PROPERTY = "rrhub.tenant";

    /** The column that holds the owning tenant in every tenant-owned table. */
    public static final String TENANT_COLUMN = "tenant_id";

    /** The persistence unit shared by all modules. */
    public static final String PERSISTENCE_UNIT = "rrhub";

    private Multitenancy() {
    }
}
