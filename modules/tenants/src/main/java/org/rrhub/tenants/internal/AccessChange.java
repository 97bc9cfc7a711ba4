package org.rrhub.tenants.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The last time a person's roles or membership were changed through the product. Platform-owned. */
@Entity
@Table(name = "access_change")
class AccessChange {

    @Id
    @Column(name = "subject", length = 64)
    private String subject;

    @Column(name = "username", nullable = false, length = 255)
    private String username;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 255)
    private String changedBy;

    protected AccessChange() {
    }

    AccessChange(String subject, String username, Instant changedAt, String changedBy) {
        this.subject = subject;
        this.username = username;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    void changedAgain(String username, Instant at, String by) {
        this.username = username;
        this.changedAt = at;
        this.changedBy = by;
    }

    String subject() {
        return subject;
    }

    Instant changedAt() {
        return changedAt;
    }

    /**
     * Whether a change at {@code changedAt} came after roles recorded at {@code rolesAsOf}. Keycloak writes a
     * token's issue time in whole seconds, so only a change in a later second than the token's counts: a token
     * fetched in the second of the change (which may or may not have seen it) is accepted rather than refused.
     */
    static boolean cameAfter(Instant changedAt, Instant rolesAsOf) {
        return changedAt.truncatedTo(ChronoUnit.SECONDS).isAfter(rolesAsOf);
    }
}
