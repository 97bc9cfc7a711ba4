package org.rrhub.incidents.api;

import java.io.InputStream;
import java.util.List;

/** Extracts of the current provider's incident data: validated whole, then stored all or nothing in the background. */
public interface IncidentImports {

    /**
     * Reads and checks every row; when all are valid, records the import and starts storing it.
     *
     * @throws ExtractRejectedException with every problem (row and column) when any row is invalid: nothing of the
     *         rows is stored; the refusal is recorded as a {@link ImportState#REFUSED} import with its problems
     */
    ImportView start(ExtractKind kind, String fileName, InputStream csv, String actor);

    /**
     * One import, a refused one with its kept problems.
     *
     * @throws org.rrhub.core.api.NotFoundException also for another provider's import
     */
    ImportView get(String id);

    /** The provider's latest imports, refused ones too, newest first, without their problems. */
    List<ImportView> recent();
}
