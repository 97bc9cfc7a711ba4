package org.rrhub.incidents.api;

import java.util.List;
import java.util.Optional;

/**
 * An extract refused as a whole, with every problem found (by row and column): nothing of its rows was stored, only
 * the refusal itself with its problems. Pages list the problems next to the upload field; the API answers 422
 * problem+json with them.
 */
public class ExtractRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;
    private final long problemCount;
    private final String importId;

    public ExtractRejectedException(List<ImportProblem> problems, long problemCount) {
        this(problems, problemCount, null);
    }

    /** @param importId the refused import as recorded, whose page lists its problems later */
    public ExtractRejectedException(List<ImportProblem> problems, long problemCount, String importId) {
        super(problemCount + " problems in the extract");
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
        this.importId = importId;
    }

    /** The refused import as recorded, when it was. */
    public Optional<String> importId() {
        return Optional.ofNullable(importId);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** All problems found; more than {@link #problems()} holds when the list was capped. */
    public long problemCount() {
        return problemCount;
    }
}
