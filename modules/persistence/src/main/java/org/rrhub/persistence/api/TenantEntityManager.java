package org.rrhub.persistence.api;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import org.rrhub.core.api.TenantContext;

import java.io.Serializable;

/**
 * The EntityManager of the current transaction, bound to the tenant resolved at the edge of the request. Every
 * read and write of a multitenant entity through it is filtered and stamped by EclipseLink with that tenant:
 * repositories never add the condition themselves. Transaction-scoped, so tenant data can only be touched
 * inside an application service's transaction.
 */
@TransactionScoped
public class TenantEntityManager implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TenantContext tenantContext;

    @Inject
    transient TenantEntityManagers entityManagers;

    private transient EntityManager entityManager;

    public EntityManager get() {
        if (entityManager == null) {
            entityManager = entityManagers.open(tenantContext.requireTenant());
        }
        return entityManager;
    }

    @PreDestroy
    void close() {
        if (entityManager != null && entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
