package org.rrhub.pledge.api;

import java.time.LocalDate;
import java.util.List;

/** The current tenant's pledge action plans, one per 12-month cycle. */
public interface PledgePlans {

    /** Every cycle, newest first. */
    List<PlanView> cycles();

    /** The plan whose cycle includes today, or else the newest one. */
    java.util.Optional<PlanView> current();

    /**
     * Starts a plan for the 12 months from {@code start}, prefilled from the previous cycle's plan (or the
     * organisation's name and sector).
     *
     * @throws org.rrhub.core.api.InvalidInputException when the date is missing or falls in an existing cycle
     */
    PlanView startCycle(LocalDate start, String actor);

    /** @throws org.rrhub.core.api.NotFoundException also for another tenant's plan */
    PlanView get(String id);

    /**
     * Saves new content. Nothing is saved unless all of it is valid.
     *
     * @param expectedVersion the version the caller loaded
     * @throws PlanConflictException when somebody saved in between
     * @throws PlanStateException when the plan is not editable
     */
    PlanView save(String id, long expectedVersion, PlanContent content, String actor);

    /**
     * Submits the plan to the RRN: every field of the form must be filled in.
     *
     * @throws org.rrhub.core.api.InvalidInputException naming each missing field
     */
    PlanView submit(String id, long expectedVersion, String actor);

    /** The plan as a PDF laid out like the RRN template. @throws org.rrhub.core.api.NotFoundException */
    byte[] pdf(String id);

    /** Every revision, newest first, each with what changed from the one before. */
    List<RevisionView> revisions(String id);

    RevisionView revision(String id, int number);
}
