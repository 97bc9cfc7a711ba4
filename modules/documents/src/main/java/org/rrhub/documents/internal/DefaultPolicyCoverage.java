package org.rrhub.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.documents.api.CoverageItem;
import org.rrhub.documents.api.DocumentKind;
import org.rrhub.documents.api.PolicyCoverage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tenant's answers to the Appendix 1 checklist. */
@ApplicationScoped
@Transactional
class DefaultPolicyCoverage implements PolicyCoverage {

    @Inject
    DocumentRepository documents;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<CoverageItem> checklist() {
        Map<Integer, CoverageEntry> entries = documents.coverage().stream()
                .collect(Collectors.toMap(CoverageEntry::exemplarNumber, Function.identity()));
        Map<String, String> titles = documents.all().stream().collect(Collectors.toMap(Document::id, Document::title));
        List<CoverageItem> items = new ArrayList<>();
        for (int n = 1; n <= ExemplarPolicies.TITLES.size(); n++) {
            CoverageEntry entry = entries.get(n);
            String documentId = entry == null ? null : entry.documentId();
            items.add(new CoverageItem(n, ExemplarPolicies.TITLES.get(n - 1), documentId,
                    documentId == null ? null : titles.get(documentId), entry == null ? null : entry.rationale()));
        }
        return items;
    }

    @Override
    public CoverageItem coverBy(int number, String documentId, String actor) {
        Document policy = documents.find(documentId).filter(d -> d.kind() == DocumentKind.POLICY
                        || d.kind() == DocumentKind.BOARD_STRATEGY || d.kind() == DocumentKind.PROCEDURE)
                .orElseThrow(() -> InvalidInputException.of("documentId",
                        "Choose one of your organisation's policies, strategies or procedures"));
        entry(number).coveredBy(policy.id(), clock.instant(), actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.POLICY_COVERAGE_CHANGED,
                "#" + number + " covered by " + policy.title());
        return item(number);
    }

    @Override
    public CoverageItem markNotApplicable(int number, String rationale, String actor) {
        String why = rationale == null ? "" : rationale.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("rationale", "Say why this policy area does not apply to your organisation");
        }
        if (why.length() > 1000) {
            throw InvalidInputException.of("rationale", "The rationale must be 1,000 characters or fewer");
        }
        entry(number).notApplicable(why, clock.instant(), actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.POLICY_COVERAGE_CHANGED,
                "#" + number + " not applicable");
        return item(number);
    }

    @Override
    public CoverageItem clear(int number, String actor) {
        entry(number).notApplicable(null, clock.instant(), actor);
        return item(number);
    }

    private CoverageEntry entry(int number) {
        if (!ExemplarPolicies.exists(number)) {
            throw new NotFoundException("Policy area");
        }
        return documents.coverage().stream().filter(e -> e.exemplarNumber() == number).findFirst().orElseGet(() -> {
            CoverageEntry created = new CoverageEntry(number);
            documents.add(created);
            return created;
        });
    }

    private CoverageItem item(int number) {
        documents.flush();
        return checklist().get(number - 1);
    }
}
