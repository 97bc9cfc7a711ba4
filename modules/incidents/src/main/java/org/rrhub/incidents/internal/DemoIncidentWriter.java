package org.rrhub.incidents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.ExtractRejectedException;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.tenants.api.TenantRegistry;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The transactions of a demo tenant's imports, bound to that tenant explicitly: whether it is still untouched, and
 * each extract checked and recorded by {@link ImportIntake} as an upload is (the rows are then stored by
 * {@link ImportWriter} in a transaction of their own, as after an upload).
 */
@ApplicationScoped
class DemoIncidentWriter {

    @Inject
    TenantRegistry tenants;

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    ImportIntake intake;

    /** Whether the tenant exists and has no import at all, refused ones included. */
    @Transactional
    boolean isUntouched(TenantId tenant) {
        return tenants.find(tenant).isPresent() && entityManagers.call(tenant, em -> em.createQuery(
                "select i.id from IncidentImport i", String.class).setMaxResults(1).getResultList().isEmpty());
    }

    /**
     * Checks and records one extract; an outcome other than the tenant file says rolls it back.
     *
     * @return the accepted import and its rows, to store; empty when it was refused (and recorded so)
     */
    @Transactional
    Optional<ImportIntake.Accepted> receive(TenantId tenant, DemoIncidents.DemoExtract extract, String fileName,
                                            String csv) {
        try {
            ImportIntake.Accepted accepted = intake.receive(tenant, extract.kind(), fileName,
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), extract.uploadedBy());
            if (extract.meantToBeRefused()) {
                throw new IllegalStateException("The demo extract " + extract.file()
                        + " is meant to be refused but has no problem");
            }
            return Optional.of(accepted);
        } catch (ExtractRejectedException refused) {
            if (!extract.meantToBeRefused()) {
                throw new IllegalStateException("The demo extract " + extract.file() + " was refused: "
                        + refused.problems().get(0), refused);
            }
            return Optional.empty();
        }
    }
}
