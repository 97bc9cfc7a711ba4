package org.rrhub.incidents.internal;

import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.incidents.api.ReadResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems in file order, keeping the first few and counting all, so a hostile file cannot fill memory. Each
 * is kept twice: as the provider is shown it at upload (a message may quote the value it is about, which helps to
 * find it), and worded without anything from the file's cells, to be kept with the refused import: a refused file's
 * values may be the very identifiers it was refused for.
 */
final class Problems {

    private final List<ImportProblem> kept = new ArrayList<>();
    private final List<ImportProblem> keptWithoutValues = new ArrayList<>();
    private long count;

    /** A problem whose column and message hold nothing from the file but documented column names. */
    void add(long row, String column, String message) {
        add(row, column, message, column, message);
    }

    void add(long row, String column, String message, String columnWithoutValues, String messageWithoutValues) {
        count++;
        if (kept.size() < ReadResult.MAX_PROBLEMS_KEPT) {
            kept.add(new ImportProblem(row, column, message));
            keptWithoutValues.add(new ImportProblem(row, columnWithoutValues, messageWithoutValues));
        }
    }

    long count() {
        return count;
    }

    List<ImportProblem> kept() {
        return kept;
    }

    List<ImportProblem> keptWithoutValues() {
        return keptWithoutValues;
    }
}
