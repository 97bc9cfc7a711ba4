package org.rrhub.compliance.api;

import java.util.List;

/** A framework file that cannot be used, with every problem found in it. */
public class InvalidFrameworkException extends RuntimeException {

    private final List<String> problems;

    public InvalidFrameworkException(String source, List<String> problems) {
        super("The compliance framework " + source + " cannot be used: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
