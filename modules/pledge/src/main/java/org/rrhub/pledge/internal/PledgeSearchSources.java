package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.pledge.api.ActionNoteView;
import org.rrhub.pledge.api.ActionView;
import org.rrhub.pledge.api.DomainSection;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.pledge.api.Priority;
import org.rrhub.search.api.Facet;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.SearchItem;
import org.rrhub.search.api.SearchSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Pledge plans and their actions as search sees them, read from the database for one tenant. */
final class PledgeSearchSources {

    private PledgeSearchSources() {
    }

    @ApplicationScoped
    static class Plans implements SearchSource {

        @Inject
        TenantEntityManagers entityManagers;

        @Override
        public ItemKind kind() {
            return ItemKind.PLAN;
        }

        @Override
        public Optional<SearchItem> load(TenantId tenant, String id) {
            return entityManagers.call(tenant, em -> Optional.ofNullable(
                            id == null || id.length() > 36 ? null : em.find(PledgePlan.class, id))
                    .filter(p -> p.isOwnedBy(tenant)).map(p -> item(tenant, p.toView())));
        }

        @Override
        public void forEach(TenantId tenant, Consumer<SearchItem> sink) {
            entityManagers.call(tenant, em -> {
                em.createQuery("select p from PledgePlan p", PledgePlan.class).getResultList()
                        .forEach(p -> sink.accept(item(tenant, p.toView())));
                return null;
            });
        }

        private static SearchItem item(TenantId tenant, PlanView plan) {
            PlanContent content = plan.content();
            StringBuilder text = new StringBuilder("Restraint reduction lead: ").append(content.reductionLead())
                    .append(". Status: ").append(plan.status().label()).append(".\n");
            for (Priority priority : content.priorities()) {
                text.append("Priority: ").append(priority.priority()).append(". Measure of success: ")
                        .append(priority.measureOfSuccess()).append('\n');
            }
            for (DomainSection section : content.domains()) {
                text.append(section.domain().title()).append(": ").append(section.mainPriority()).append(' ')
                        .append(section.doneSoFar()).append(' ').append(section.planNext()).append('\n');
            }
            return new SearchItem(tenant, ItemKind.PLAN, plan.id(), "Pledge action plan " + plan.cycleStart()
                    + " to " + plan.cycleEnd(), text.toString(), "/plan/" + plan.id(), plan.cycleStart(),
                    Map.of(Facet.STATUS, List.of(plan.status().name())), List.of());
        }
    }

    @ApplicationScoped
    static class Actions implements SearchSource {

        @Inject
        TenantEntityManagers entityManagers;

        @Override
        public ItemKind kind() {
            return ItemKind.ACTION;
        }

        @Override
        public Optional<SearchItem> load(TenantId tenant, String id) {
            return entityManagers.call(tenant, em -> Optional.ofNullable(
                            id == null || id.length() > 36 ? null : em.find(PlanAction.class, id))
                    .filter(a -> a.belongsTo(tenant, a.planId())).map(a -> item(em, tenant, a)));
        }

        @Override
        public void forEach(TenantId tenant, Consumer<SearchItem> sink) {
            entityManagers.call(tenant, em -> {
                em.createQuery("select a from PlanAction a", PlanAction.class).getResultList()
                        .forEach(a -> sink.accept(item(em, tenant, a)));
                return null;
            });
        }

        private static SearchItem item(EntityManager em, TenantId tenant, PlanAction action) {
            List<ActionNoteView> notes = em.createQuery("select n from ActionNote n where n.actionId = :id "
                            + "order by n.noteDate", ActionNote.class).setParameter("id", action.id())
                    .getResultStream().map(ActionNote::toView).toList();
            ActionView view = action.toView(notes, LocalDate.now());
            StringBuilder text = new StringBuilder(view.description()).append("\nOwner: ").append(view.owner())
                    .append(". Status: ").append(view.status().label()).append('.');
            if (view.droppedReason() != null) {
                text.append(" Dropped because: ").append(view.droppedReason());
            }
            notes.forEach(n -> text.append('\n').append(n.date()).append(": ").append(n.text()));
            return new SearchItem(tenant, ItemKind.ACTION, view.id(), view.title(), text.toString(),
                    "/plan/" + view.planId() + "/actions/" + view.id(), view.dueDate(),
                    Map.of(Facet.DOMAIN, List.of(view.domain().name()), Facet.STATUS, List.of(view.status().name())),
                    List.of());
        }
    }
}
