package org.rrhub.documents.api;

/**
 * One exemplar policy title of Appendix 1 and how the tenant covers it: by one of its policies, as not applicable
 * with a rationale (Standard 1.15.II), or not yet.
 */
public record CoverageItem(int number, String title, String documentId, String documentTitle,
                           String notApplicableRationale) {

    public boolean covered() {
        return documentId != null;
    }

    public boolean notApplicable() {
        return notApplicableRationale != null;
    }

    public boolean open() {
        return !covered() && !notApplicable();
    }
}
