package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rrhub.core.api.ApplicationReady;
import org.rrhub.core.api.DemoTenantFiles;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantId;
import org.rrhub.pledge.api.ActionStatus;
import org.rrhub.pledge.api.DomainSection;
import org.rrhub.pledge.api.PlanStatus;
import org.rrhub.pledge.api.Priority;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Gives each demo tenant in tenants/*.json the plan and actions its "plan" section describes, after the tenants
 * themselves exist. A tenant that already has a plan is left alone, so a second run keeps what people changed.
 */
@ApplicationScoped
class DemoPlans {

    private static final Logger LOG = Logger.getLogger(DemoPlans.class.getName());

    @Inject
    @ConfigProperty(name = "rrhub.demo.tenants-dir")
    Optional<String> directory;

    @Inject
    DemoPlanWriter writer;

    /** After the demo tenants are provisioned (they observe the same event at APPLICATION). */
    void provisionOnStart(@Observes @jakarta.annotation.Priority(Interceptor.Priority.APPLICATION + 100)
                          ApplicationReady event) {
        directory.filter(d -> !d.isBlank()).map(Path::of).ifPresent(folder ->
                DemoTenantFiles.forEach(folder, DemoFile.class, demo -> {
                    if (demo.plan() != null && writer.writeIfAbsent(TenantId.of(demo.id()), demo.name(),
                            demo.sectorLabel(), demo.plan())) {
                        LOG.info(() -> "Demo plan for " + demo.id() + " is provisioned");
                    }
                }));
    }

    /** The parts of a demo tenant file this module reads. */
    public record DemoFile(String id, String name, String sector, DemoPlan plan) {
        String sectorLabel() {
            return sector == null ? "" : org.rrhub.tenants.api.Sector.valueOf(sector).label();
        }
    }

    /** @param reviewComments the RRN reviewer's comments, for a plan returned to the provider */
    public record DemoPlan(LocalDate cycleStart, PlanStatus status, String reductionLead, String contactEmail,
                           List<Priority> priorities, List<DomainSection> domains, List<DemoAction> actions,
                           String reviewComments) {
    }

    public record DemoAction(StrategyDomain domain, String title, String description, String owner,
                             LocalDate dueDate, ActionStatus status, String droppedReason, Integer priority,
                             List<DemoNote> notes) {
    }

    public record DemoNote(LocalDate date, String text) {
    }
}
