package org.rrhub.documents.internal;

import org.rrhub.core.api.FieldError;
import org.rrhub.documents.api.Approval;
import org.rrhub.documents.api.DocumentDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The checks on what people write about documents; pure, so every message is unit-tested. */
final class DocumentRules {

    static final int TITLE_MAX = 200;
    static final int LABEL_MAX = 40;
    static final int NAME_MAX = 200;

    private DocumentRules() {
    }

    static List<FieldError> check(DocumentDetails details, Predicate<String> isMember) {
        List<FieldError> errors = new ArrayList<>();
        String title = text(details.title()).strip();
        if (title.isEmpty()) {
            errors.add(new FieldError("title", "Enter the document's title"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(new FieldError("title", "Title must be " + TITLE_MAX + " characters or fewer"));
        }
        if (details.kind() == null) {
            errors.add(new FieldError("kind", "Choose what kind of document this is"));
        }
        String owner = text(details.owner()).strip();
        if (owner.isEmpty()) {
            errors.add(new FieldError("owner", "Choose who owns the document"));
        } else if (owner.length() > 255 || !isMember.test(owner)) {
            errors.add(new FieldError("owner", "The owner must be a person in your organisation"));
        }
        errors.addAll(checkLabel(details.versionLabel()));
        if (details.effectiveDate() != null && details.nextReviewDate() != null
                && details.nextReviewDate().isBefore(details.effectiveDate())) {
            errors.add(new FieldError("nextReviewDate", "The next review must be on or after the effective date"));
        }
        if (details.status() == null) {
            errors.add(new FieldError("status", "Choose the document's status"));
        }
        return errors;
    }

    static List<FieldError> checkLabel(String label) {
        return text(label).length() > LABEL_MAX
                ? List.of(new FieldError("versionLabel", "Version label must be " + LABEL_MAX + " characters or fewer"))
                : List.of();
    }

    static List<FieldError> checkApproval(Approval approval) {
        List<FieldError> errors = new ArrayList<>();
        if (approval.approvedOn() == null) {
            errors.add(new FieldError("approvedOn", "Enter the date it was approved"));
        }
        required(errors, "approvingBody", approval.approvingBody(), "Enter the board or committee that approved it");
        required(errors, "minuteReference", approval.minuteReference(), "Enter the minute reference");
        required(errors, "executiveLead", approval.executiveLead(), "Name the executive lead");
        required(errors, "nonExecutiveLead", approval.nonExecutiveLead(), "Name the non-executive lead");
        if (text(approval.minuteReference()).length() > 100) {
            errors.add(new FieldError("minuteReference", "Minute reference must be 100 characters or fewer"));
        }
        if (text(approval.livedExperienceNote()).length() > 1000) {
            errors.add(new FieldError("livedExperienceNote", "The note must be 1,000 characters or fewer"));
        }
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value, String message) {
        String v = text(value).strip();
        if (v.isEmpty()) {
            errors.add(new FieldError(field, message));
        } else if (v.length() > NAME_MAX && !field.equals("minuteReference")) {
            errors.add(new FieldError(field, "Must be " + NAME_MAX + " characters or fewer"));
        }
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
