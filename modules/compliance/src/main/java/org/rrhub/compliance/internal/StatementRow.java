package org.rrhub.compliance.internal;

import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Section;
import org.rrhub.compliance.api.Statement;
import org.rrhub.compliance.api.Subsection;
import org.rrhub.core.api.StrategyDomain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One statement of an exported assessment with its answer (null when unanswered) and its evidence by name; what the
 * CSV and the PDF report both print.
 */
record StatementRow(Section section, Subsection subsection, Statement statement, AnswerView answer,
                    List<String> documents, List<String> actions) {

    /**
     * @param documentTitles the tenant's document titles by id
     * @param actionTitles the tenant's action titles by id
     */
    static List<StatementRow> of(Framework framework, Assessment assessment, Map<String, String> documentTitles,
                                 Map<String, String> actionTitles) {
        Map<String, AnswerView> answers = assessment.answers().stream()
                .collect(Collectors.toMap(AnswerView::statementId, Function.identity()));
        List<StatementRow> rows = new ArrayList<>();
        for (Section section : framework.sections()) {
            for (Subsection subsection : section.subsections()) {
                for (Statement statement : subsection.statements()) {
                    AnswerView answer = answers.get(statement.id());
                    rows.add(new StatementRow(section, subsection, statement, answer,
                            answer == null ? List.of() : names(answer.documentIds(), documentTitles),
                            answer == null ? List.of() : names(answer.actionIds(), actionTitles)));
                }
            }
        }
        return rows;
    }

    /** A document or action deleted since it was linked still shows, by its id. */
    private static List<String> names(List<String> ids, Map<String, String> titles) {
        return ids.stream().map(id -> titles.getOrDefault(id, id)).toList();
    }

    String status() {
        return answer == null ? "Not answered" : answer.status().label();
    }

    String domains() {
        return statement.domains().stream().map(StrategyDomain::title).collect(Collectors.joining("; "));
    }
}
