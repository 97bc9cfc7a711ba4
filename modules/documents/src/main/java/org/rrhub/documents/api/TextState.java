package org.rrhub.documents.api;

/** What became of a file's text: extracted (directly or by OCR), none found, or not extractable. */
public enum TextState {
    EXTRACTED("Text extracted"),
    EXTRACTED_BY_OCR("Text read by OCR"),
    NO_TEXT("No text"),
    NOT_EXTRACTABLE("Text could not be extracted");

    private final String label;

    TextState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
