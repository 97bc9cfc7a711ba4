package org.rrhub.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantId;
import org.rrhub.documents.api.DocumentDetails;
import org.rrhub.documents.api.DocumentView;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.search.api.Facet;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.SearchItem;
import org.rrhub.search.api.SearchSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A document as search sees it: its metadata, its approval record and the text of every version, the current one
 * first and marked as such.
 */
@ApplicationScoped
class DocumentSearchSource implements SearchSource {

    @Inject
    TenantEntityManagers entityManagers;

    @Override
    public ItemKind kind() {
        return ItemKind.DOCUMENT;
    }

    @Override
    public Optional<SearchItem> load(TenantId tenant, String id) {
        return entityManagers.call(tenant, em -> {
            Document document = id == null || id.length() > 36 ? null : em.find(Document.class, id);
            return document == null || !document.isOwnedBy(tenant) ? Optional.<SearchItem>empty()
                    : Optional.of(item(em, tenant, document));
        });
    }

    @Override
    public void forEach(TenantId tenant, Consumer<SearchItem> sink) {
        entityManagers.call(tenant, em -> {
            em.createQuery("select d from Document d", Document.class).getResultList()
                    .forEach(d -> sink.accept(item(em, tenant, d)));
            return null;
        });
    }

    private static SearchItem item(EntityManager em, TenantId tenant, Document document) {
        List<DocumentVersion> versions = em.createQuery("select v from DocumentVersion v where v.documentId = :id "
                + "order by v.number desc", DocumentVersion.class).setParameter("id", document.id()).getResultList();
        String label = versions.isEmpty() ? null : versions.get(0).versionLabel();
        DocumentView view = document.toView(List.of(), LocalDate.now(), label);
        DocumentDetails details = view.details();
        StringBuilder text = new StringBuilder()
                .append(details.kind().label()).append(". Status: ").append(details.status().label()).append(".\n");
        if (view.approval() != null) {
            text.append("Approved by ").append(view.approval().approvingBody()).append(" on ")
                    .append(view.approval().approvedOn()).append(", minute ").append(view.approval().minuteReference())
                    .append(". ").append(nullToEmpty(view.approval().livedExperienceNote())).append('\n');
        }
        for (int i = 0; i < versions.size(); i++) {
            DocumentVersion version = versions.get(i);
            text.append("\n").append(i == 0 ? "Current version " : "Earlier version ").append(version.number())
                    .append(" (").append(version.fileName()).append(")\n").append(nullToEmpty(version.text()))
                    .append('\n');
        }
        LocalDate date = details.effectiveDate();
        return new SearchItem(tenant, ItemKind.DOCUMENT, document.id(), details.title(), text.toString(),
                "/documents/" + document.id(), date,
                Map.of(Facet.DOCUMENT_KIND, List.of(details.kind().name()),
                        Facet.DOMAIN, details.domains().stream().map(StrategyDomain::name).toList(),
                        Facet.STATUS, List.of(details.status().name())), List.of());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
