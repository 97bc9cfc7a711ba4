package org.rrhub.pledge.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.pledge.api.ActionNoteView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated progress note on an action; never changed once written. Tenant-owned. */
@Entity
@Table(name = "plan_action_note")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class ActionNote {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "action_id", nullable = false, updatable = false, length = 36)
    private String actionId;

    @Column(name = "note_date", nullable = false, updatable = false)
    private LocalDate noteDate;

    @Column(name = "text", nullable = false, updatable = false, length = 2000)
    private String text;

    @Column(name = "author", nullable = false, updatable = false, length = 255)
    private String author;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ActionNote() {
    }

    ActionNote(String actionId, LocalDate noteDate, String text, String author, Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.actionId = actionId;
        this.noteDate = noteDate;
        this.text = text;
        this.author = author;
        this.recordedAt = recordedAt;
    }

    String actionId() {
        return actionId;
    }

    ActionNoteView toView() {
        return new ActionNoteView(noteDate, text, author, recordedAt);
    }
}
