package org.rrhub.compliance.api;

import java.util.List;

/** A numbered part of a section (for example 1.15.1), with its statements in the standard's order. */
public record Subsection(String id, String title, String introduction, List<Statement> statements) {

    public Subsection {
        statements = statements == null ? List.of() : List.copyOf(statements);
        introduction = introduction == null ? "" : introduction;
    }
}
