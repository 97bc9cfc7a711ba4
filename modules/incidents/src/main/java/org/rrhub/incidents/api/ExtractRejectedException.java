package org.rrhub.incidents.api;

import java.util.List;

/**
 * An extract refused as a whole, with every problem found (by row and column): nothing of it was stored. Pages list
 * the problems next to the upload field; the API answers 422 problem+json with them.
 */
public class ExtractRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;
    private final long problemCount;

    public ExtractRejectedException(List<ImportProblem> problems, long problemCount) {
        super(problemCount + " problems in the extract");
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** All problems found; more than {@link #problems()} holds when the list was capped. */
    public long problemCount() {
        return problemCount;
    }
}
