package org.rrhub.documents.api;

/** What a document is. Board strategies and policies carry a board approval record (Standard 1.1). */
public enum DocumentKind {
    BOARD_STRATEGY("Board strategy", true),
    POLICY("Policy", true),
    PROCEDURE("Procedure or standard operating procedure", false),
    PRACTICE_GUIDANCE("Practice guidance note", false),
    TRAINING_NEEDS_ANALYSIS("Training needs analysis", false),
    BOARD_REPORT("Board report", false),
    MEETING_MINUTES("Meeting minutes", false),
    PEER_REVIEW_EVIDENCE("Peer-review evidence", false),
    OTHER_EVIDENCE("Other evidence", false);

    private final String label;
    private final boolean boardApproved;

    DocumentKind(String label, boolean boardApproved) {
        this.label = label;
        this.boardApproved = boardApproved;
    }

    public String label() {
        return label;
    }

    /** Needs the board's (or a board committee's) approval on record. */
    public boolean isBoardApproved() {
        return boardApproved;
    }
}
