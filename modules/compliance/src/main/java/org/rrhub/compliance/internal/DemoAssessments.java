package org.rrhub.compliance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.compliance.api.Verdict;
import org.rrhub.core.api.ApplicationReady;
import org.rrhub.core.api.DemoTenantFiles;
import org.rrhub.core.api.TenantId;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Gives each demo tenant in tenants/*.json the self-assessment and the reviews of it that its "assessment" section
 * describes: answers of every status (not applicable with its rationale), and reviews shared by a reviewer with
 * their findings, the provider's answers and its response. Written for the current framework and the year the file
 * names (the current year when it names none); a tenant that has answered any statement of that year, or a review
 * by that reviewer of that year, is left as it is, so a second run keeps what people changed.
 */
@ApplicationScoped
class DemoAssessments {

    private static final Logger LOG = Logger.getLogger(DemoAssessments.class.getName());

    @Inject
    @ConfigProperty(name = "rrhub.demo.tenants-dir")
    Optional<String> directory;

    @Inject
    DemoAssessmentWriter writer;

    /** After the demo tenants, plans and documents (which observe the same event earlier). */
    void provisionOnStart(@Observes @jakarta.annotation.Priority(Interceptor.Priority.APPLICATION + 300)
                          ApplicationReady event) {
        directory.filter(d -> !d.isBlank()).map(Path::of).ifPresent(folder ->
                DemoTenantFiles.forEach(folder, DemoFile.class, demo -> {
                    if (demo.assessment() != null) {
                        int written = writer.writeIfAbsent(TenantId.of(demo.id()), demo.assessment());
                        if (written > 0) {
                            LOG.info(() -> "Demo self-assessment for " + demo.id() + " is provisioned (" + written
                                    + " records)");
                        }
                    }
                }));
    }

    /** The parts of a demo tenant file this module reads. */
    public record DemoFile(String id, DemoAssessment assessment) {
    }

    /** @param year the assessment's year; null for the current year */
    public record DemoAssessment(Integer year, String answeredBy, List<DemoAnswer> answers,
                                 List<DemoReview> reviews) {
        int yearOr(LocalDate today) {
            return year == null ? today.getYear() : year;
        }
    }

    public record DemoAnswer(String statement, ComplianceStatus status, String narrative, String owner,
                             LocalDate targetDate, String notApplicableRationale, String evidenceNote) {
    }

    /**
     * @param state SHARED (waiting for the provider), RESPONDED (the provider has answered every disagreement and
     *        sent its response) or CLOSED
     */
    public record DemoReview(String reviewer, String summary, String state, String respondedBy,
                             List<DemoFinding> findings) {
    }

    /** @param answer the provider's answer to a disagreement; null leaves it to be answered */
    public record DemoFinding(String statement, Verdict verdict, String comment, String answer) {
    }
}
