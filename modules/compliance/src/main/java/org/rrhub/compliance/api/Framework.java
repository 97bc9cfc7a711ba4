package org.rrhub.compliance.api;

import java.util.List;
import java.util.Optional;

/**
 * One edition of a compliance standard, loaded from a data file: its sections, subsections and statements.
 * Assessments refer to statements by the framework's id (its version) and the statement's id.
 */
public record Framework(String id, String title, String edition, List<Section> sections) {

    public Framework {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** Every statement, in the standard's order. */
    public List<Statement> statements() {
        return sections.stream().flatMap(s -> s.subsections().stream()).flatMap(s -> s.statements().stream())
                .toList();
    }

    public Optional<Statement> statement(String statementId) {
        return statements().stream().filter(s -> s.id().equals(statementId)).findFirst();
    }

    /** The subsection a statement belongs to. */
    public Optional<Subsection> subsectionOf(String statementId) {
        return sections.stream().flatMap(s -> s.subsections().stream())
                .filter(sub -> sub.statements().stream().anyMatch(st -> st.id().equals(statementId))).findFirst();
    }
}
