package org.rrhub.incidents.internal;

import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.incidents.api.ReadResult;

import java.util.ArrayList;
import java.util.List;

/** Collects problems in file order, keeping the first few and counting all, so a hostile file cannot fill memory. */
final class Problems {

    private final List<ImportProblem> kept = new ArrayList<>();
    private long count;

    void add(long row, String column, String message) {
        count++;
        if (kept.size() < ReadResult.MAX_PROBLEMS_KEPT) {
            kept.add(new ImportProblem(row, column, message));
        }
    }

    long count() {
        return count;
    }

    List<ImportProblem> kept() {
        return kept;
    }
}
