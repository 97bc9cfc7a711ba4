package org.rrhub.incidents.api;

import java.util.List;

/**
 * What reading an extract produced: the rows that passed every check and every problem found, so a provider can fix
 * the whole file in one go. A file with any problem should be refused as a whole, so figures are never built on part
 * of an extract.
 *
 * @param records the rows that passed, in file order
 * @param problems the first {@value #MAX_PROBLEMS_KEPT} problems in file order, as the provider is shown them at upload
 *        (a message may quote the value it is about)
 * @param problemsWithoutValues the same problems worded without any value from the file's cells, to be kept with a
 *        refused import (the values may be the identifiers it was refused for)
 * @param rowsRead data rows read (the header and blank lines not counted)
 * @param problemCount all problems found, also those beyond the ones kept
 */
public record ReadResult<T>(List<T> records, List<ImportProblem> problems, List<ImportProblem> problemsWithoutValues,
                            long rowsRead, long problemCount) {

    /** Enough to fix a file from; more would only make a page nobody reads and keep memory for a hostile file. */
    public static final int MAX_PROBLEMS_KEPT = 1000;

    public ReadResult {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        problemsWithoutValues = List.copyOf(problemsWithoutValues);
        if (problemsWithoutValues.size() != problems.size()) {
            throw new IllegalArgumentException("Each problem is kept with and without values");
        }
    }

    /** Whether the file can be imported: no problem at all. */
    public boolean ok() {
        return problemCount == 0;
    }

    /** Whether more problems were found than are listed, so a page can say "and N more". */
    public boolean problemsTruncated() {
        return problemCount > problems.size();
    }
}
