package org.rrhub.compliance.api;

/** The current tenant's self-assessments, one per framework and year. */
public interface SelfAssessments {

    /** @throws org.rrhub.core.api.NotFoundException for an unknown framework */
    Assessment assessment(String frameworkId, int year);

    /**
     * Records the answer to one statement.
     *
     * @param expectedVersion the version the caller loaded, or null for a statement not answered before
     * @throws org.rrhub.core.api.NotFoundException for an unknown framework or statement
     * @throws org.rrhub.core.api.InvalidInputException naming each field that is wrong, including documents that
     *         are not the tenant's own
     * @throws org.rrhub.core.api.ConflictException when somebody answered since {@code expectedVersion}
     */
    AnswerView answer(String frameworkId, int year, String statementId, Long expectedVersion, AnswerDraft draft,
                      String actor);

    /**
     * Turns a gap (a statement answered not met or partially met) into an action of the current pledge plan, in the
     * statement's first strategy domain, linked both ways: the action names the statement, the answer lists it.
     *
     * @return the new action's id
     * @throws org.rrhub.core.api.InvalidInputException when the statement is not a gap or there is no plan yet
     */
    String turnIntoAction(String frameworkId, int year, String statementId, String actor);
}
