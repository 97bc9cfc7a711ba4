package org.rrhub.documents.api;

import java.util.List;

/**
 * The current tenant's documents: board strategies, policies and evidence, each with its versions. Every method
 * answers {@link org.rrhub.core.api.NotFoundException} for another tenant's ids.
 */
public interface DocumentLibrary {

    /** Every document, by title. */
    List<DocumentView> all();

    DocumentView get(String id);

    /**
     * Stores a new document with its first version.
     *
     * @throws org.rrhub.core.api.InvalidInputException for bad metadata, a file that is too big, of a type not
     *         accepted, or an archive that expands beyond the limits; nothing is stored then
     */
    DocumentView create(DocumentDetails details, Upload file, String actor);

    /** Adds a version: it becomes the current one, the older ones stay downloadable. */
    DocumentView addVersion(String id, String versionLabel, Upload file, String actor);

    /** @throws org.rrhub.core.api.ConflictException when changed since {@code expectedVersion} */
    DocumentView describe(String id, long expectedVersion, DocumentDetails details, String actor);

    /** Records the board's approval; only for board strategies and policies. */
    DocumentView recordApproval(String id, Approval approval, String actor);

    Download download(String id, String versionId);

    /** Documents whose review is overdue or due within 60 days, soonest first. */
    List<DocumentView> reviewsDue();
}
