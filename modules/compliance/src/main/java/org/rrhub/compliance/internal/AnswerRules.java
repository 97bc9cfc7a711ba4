package org.rrhub.compliance.internal;

import org.rrhub.compliance.api.AnswerDraft;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.core.api.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The checks on an answer; pure, so every message is unit-tested. */
final class AnswerRules {

    static final int NARRATIVE_MAX = 2000;
    static final int RATIONALE_MAX = 1000;
    static final int EVIDENCE_MAX = 2000;
    static final int DOCUMENTS_MAX = 50;
    static final int ACTIONS_MAX = 50;

    private AnswerRules() {
    }

    /**
     * @param isMember whether a username belongs to the tenant
     * @param isOwnDocument whether a document id is one of the tenant's documents
     * @param isOwnAction whether an action id is an action of one of the tenant's plans
     */
    static List<FieldError> check(AnswerDraft draft, Predicate<String> isMember, Predicate<String> isOwnDocument,
                                  Predicate<String> isOwnAction) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.status() == null) {
            errors.add(new FieldError("status", "Choose met, partially met, not met or not applicable"));
        }
        if (text(draft.narrative()).length() > NARRATIVE_MAX) {
            errors.add(new FieldError("narrative", "The narrative must be " + NARRATIVE_MAX + " characters or fewer"));
        }
        String owner = text(draft.owner()).strip();
        if (!owner.isEmpty() && (owner.length() > 255 || !isMember.test(owner))) {
            errors.add(new FieldError("owner", "The owner must be a person in your organisation"));
        }
        if (draft.status() == ComplianceStatus.NOT_APPLICABLE) {
            String rationale = text(draft.notApplicableRationale()).strip();
            if (rationale.isEmpty()) {
                errors.add(new FieldError("notApplicableRationale",
                        "Give the documented rationale for why this statement does not apply"));
            } else if (rationale.length() > RATIONALE_MAX) {
                errors.add(new FieldError("notApplicableRationale", "The rationale must be " + RATIONALE_MAX
                        + " characters or fewer"));
            }
        }
        if (draft.documentIds().size() > DOCUMENTS_MAX) {
            errors.add(new FieldError("documentIds", "Link at most " + DOCUMENTS_MAX + " documents"));
        } else if (draft.documentIds().stream().anyMatch(id -> id == null || !isOwnDocument.test(id))) {
            errors.add(new FieldError("documentIds", "Evidence must be documents of your organisation's library"));
        }
        if (draft.actionIds() != null) {
            if (draft.actionIds().size() > ACTIONS_MAX) {
                errors.add(new FieldError("actionIds", "Link at most " + ACTIONS_MAX + " actions"));
            } else if (draft.actionIds().stream().anyMatch(id -> id == null || !isOwnAction.test(id))) {
                errors.add(new FieldError("actionIds", "Linked actions must be actions of your pledge plans"));
            }
        }
        if (text(draft.evidenceNote()).length() > EVIDENCE_MAX) {
            errors.add(new FieldError("evidenceNote", "The evidence note must be " + EVIDENCE_MAX
                    + " characters or fewer"));
        }
        return errors;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
