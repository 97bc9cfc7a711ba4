package org.rrhub.documents.api;

/** Whether a document's review is coming up: overdue past its date, due soon within 60 days. */
public enum ReviewState {
    NOT_SET("No review date"),
    CURRENT("In date"),
    DUE_SOON("Review due soon"),
    OVERDUE("Review overdue");

    public static final int DUE_SOON_DAYS = 60;

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ReviewState of(java.time.LocalDate nextReview, java.time.LocalDate today) {
        if (nextReview == null) {
            return NOT_SET;
        }
        if (nextReview.isBefore(today)) {
            return OVERDUE;
        }
        return nextReview.isAfter(today.plusDays(DUE_SOON_DAYS)) ? CURRENT : DUE_SOON;
    }
}
