package org.rrhub.incidents.api;

import java.time.Instant;
import java.util.List;

/**
 * An upload of an extract: refused when checked, or accepted and its progress, rowsDone of rowsTotal stored so far.
 *
 * @param rowsTotal the data rows of the file (of a refused one too; none of them is stored)
 * @param problemCount for a refused extract, all problems found; 0 otherwise
 * @param problems for one import, its kept problems (the first 1,000, by row and column, worded without the file's
 *        values; empty unless refused); null in a list of imports, which leaves them out
 */
public record ImportView(String id, ExtractKind kind, String fileName, ImportState state, long rowsTotal,
                         long rowsDone, int added, int updated, String failure, String startedBy, Instant startedAt,
                         Instant finishedAt, long problemCount, List<ImportProblem> problems) {

    public ImportView {
        problems = problems == null ? null : List.copyOf(problems);
    }

    public int percentDone() {
        return rowsTotal == 0 ? 100 : (int) (rowsDone * 100 / rowsTotal);
    }

    public boolean finished() {
        return state != ImportState.STORING;
    }

    public boolean refused() {
        return state == ImportState.REFUSED;
    }

    /** Whether more problems were found than are kept, so a page can say that the first 1,000 are listed. */
    public boolean problemsTruncated() {
        return problems != null && problemCount > problems.size();
    }
}
