package org.rrhub.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.ItemKind;

import java.time.Instant;
import java.util.UUID;

/** An item to (re)index, noted in the transaction that changed it. */
@Entity
@Table(name = "search_outbox")
class OutboxEntry {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 63)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, updatable = false, length = 20)
    private ItemKind kind;

    @Column(name = "item_id", nullable = false, updatable = false, length = 36)
    private String itemId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxEntry() {
    }

    OutboxEntry(TenantId tenant, ItemKind kind, String itemId, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenant.value();
        this.kind = kind;
        this.itemId = itemId;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    TenantId tenant() {
        return TenantId.of(tenantId);
    }

    ItemKind kind() {
        return kind;
    }

    String itemId() {
        return itemId;
    }
}
