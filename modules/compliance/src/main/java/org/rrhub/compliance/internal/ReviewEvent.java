package org.rrhub.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.compliance.api.ReviewEventView;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.util.UUID;

/** One entry of a review's history; written once, never changed. */
@Entity
@Table(name = "review_event")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class ReviewEvent {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false, length = 36)
    private String reviewId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 255)
    private String actor;

    @Column(name = "description", nullable = false, updatable = false, length = 500)
    private String description;

    protected ReviewEvent() {
    }

    ReviewEvent(String reviewId, Instant occurredAt, String actor, String description) {
        this.id = UUID.randomUUID().toString();
        this.reviewId = reviewId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.description = description.length() > 500 ? description.substring(0, 499) + "…" : description;
    }

    ReviewEventView toView() {
        return new ReviewEventView(occurredAt, actor, description);
    }
}
