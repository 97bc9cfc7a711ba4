package org.rrhub.documents.api;

import java.util.List;

/** The Appendix 1 checklist of exemplar policy titles, and the tenant's answer for each. */
public interface PolicyCoverage {

    List<CoverageItem> checklist();

    /** @throws org.rrhub.core.api.InvalidInputException when the document is not one of the tenant's policies */
    CoverageItem coverBy(int number, String documentId, String actor);

    /** @throws org.rrhub.core.api.InvalidInputException without a rationale */
    CoverageItem markNotApplicable(int number, String rationale, String actor);

    CoverageItem clear(int number, String actor);
}
