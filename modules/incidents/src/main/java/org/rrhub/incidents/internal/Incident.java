package org.rrhub.incidents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.incidents.api.IncidentRecord;
import org.rrhub.persistence.api.Multitenancy;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One anonymised restrictive intervention as stored: the record's values, coded, with what the figures group by
 * derived once at import (month, duration band, minutes to medical review, hours to views sought). Tenant-owned.
 */
@Entity
@Table(name = "incident")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class Incident {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "external_reference", nullable = false, length = 64, updatable = false)
    private String externalReference;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "started_month", nullable = false)
    private int startedMonth;

    @Column(name = "service", nullable = false, length = 120)
    private String service;

    @Column(name = "ward", nullable = false, length = 120)
    private String ward;

    @Column(name = "intervention_type", nullable = false, length = 30)
    private String type;

    @Column(name = "restraint_position", length = 20)
    private String position;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "duration_band", nullable = false, length = 20)
    private String durationBand;

    @Column(name = "age_band", nullable = false, length = 20)
    private String ageBand;

    @Column(name = "gender", nullable = false, length = 20)
    private String gender;

    @Column(name = "ethnic_group", nullable = false, length = 20)
    private String ethnicGroup;

    @Column(name = "person_injured", nullable = false)
    private boolean personInjured;

    @Column(name = "staff_injured", nullable = false)
    private boolean staffInjured;

    @Column(name = "medical_review_minutes")
    private Integer medicalReviewMinutes;

    @Column(name = "debrief_offered", nullable = false)
    private boolean debriefOffered;

    @Column(name = "debrief_held", nullable = false)
    private boolean debriefHeld;

    @Column(name = "views_sought_hours")
    private Integer viewsSoughtHours;

    @Column(name = "import_id", nullable = false, length = 36)
    private String importId;

    protected Incident() {
    }

    Incident(IncidentRecord record, String importId) {
        this.id = UUID.randomUUID().toString();
        this.externalReference = record.externalReference();
        correctWith(record, importId);
    }

    /** A re-imported extract carries the provider's corrections: the newest values replace the stored ones. */
    final void correctWith(IncidentRecord record, String importId) {
        this.startedAt = record.startedAt();
        this.startedMonth = Months.code(record.month());
        this.service = record.service();
        this.ward = record.ward();
        this.type = record.type().name();
        this.position = record.position() == null ? null : record.position().name();
        this.durationMinutes = record.durationMinutes();
        this.durationBand = record.durationBand().name();
        this.ageBand = record.ageBand().name();
        this.gender = record.gender().name();
        this.ethnicGroup = record.ethnicGroup().name();
        this.personInjured = record.personInjured();
        this.staffInjured = record.staffInjured();
        this.medicalReviewMinutes = record.minutesToMedicalReview();
        this.debriefOffered = record.debriefOffered();
        this.debriefHeld = record.debriefHeld();
        this.viewsSoughtHours = record.hoursToViewsSought();
        this.importId = importId;
    }

    String externalReference() {
        return externalReference;
    }

    /** The month the incident is counted in, as stored (before any correction). */
    YearMonth month() {
        return Months.of(startedMonth);
    }
}
