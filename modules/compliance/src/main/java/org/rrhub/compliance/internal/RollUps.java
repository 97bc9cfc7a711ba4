package org.rrhub.compliance.internal;

import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.RollUp;
import org.rrhub.compliance.api.Statement;
import org.rrhub.core.api.StrategyDomain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts by status per section, subsection and strategy domain; pure. */
final class RollUps {

    private RollUps() {
    }

    static List<RollUp> bySection(Framework framework, Map<String, ComplianceStatus> answers) {
        return framework.sections().stream().map(section -> of("Section " + section.number(), section.title(),
                section.subsections().stream().flatMap(s -> s.statements().stream()).toList(), answers)).toList();
    }

    static List<RollUp> bySubsection(Framework framework, Map<String, ComplianceStatus> answers) {
        return framework.sections().stream().flatMap(s -> s.subsections().stream())
                .map(sub -> of(sub.id(), sub.title(), sub.statements(), answers)).toList();
    }

    static List<RollUp> byDomain(Framework framework, Map<String, ComplianceStatus> answers) {
        return Arrays.stream(StrategyDomain.values()).map(domain -> of(domain.name(), domain.title(),
                framework.statements().stream().filter(s -> s.domains().contains(domain)).toList(), answers)).toList();
    }

    static RollUp of(String group, String title, List<Statement> statements, Map<String, ComplianceStatus> answers) {
        Map<ComplianceStatus, Integer> counts = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            counts.put(status, 0);
        }
        int unanswered = 0;
        for (Statement statement : statements) {
            ComplianceStatus status = answers.get(statement.id());
            if (status == null) {
                unanswered++;
            } else {
                counts.merge(status, 1, Integer::sum);
            }
        }
        int applicable = statements.size() - counts.get(ComplianceStatus.NOT_APPLICABLE);
        int percentMet = applicable == 0 ? 0 : counts.get(ComplianceStatus.MET) * 100 / applicable;
        return new RollUp(group, title, statements.size(), counts, unanswered, percentMet);
    }
}
