package org.rrhub.compliance.api;

/**
 * The current tenant's whole self-assessment for one framework and year, as files to keep or send: one row per
 * statement, answered or not, with its evidence by name.
 */
public interface AssessmentReports {

    /** UTF-8 CSV with a header row; cells a spreadsheet would run as formulas are neutralised. */
    byte[] csv(String frameworkId, int year);

    /** A PDF report: the roll-ups, then every statement with its answer, section by section. */
    byte[] pdf(String frameworkId, int year);
}
