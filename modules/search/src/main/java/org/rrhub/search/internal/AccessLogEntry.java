package org.rrhub.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.rrhub.search.api.AccessEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry of the access log. Never updated: its hash covers every field and the previous entry's hash, so
 * changing, removing or reordering entries breaks the chain.
 */
@Entity
@Table(name = "search_access_log")
class AccessLogEntry {

    static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "sequence_no")
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 255)
    private String actor;

    @Column(name = "role", nullable = false, updatable = false, length = 40)
    private String role;

    @Column(name = "purpose", nullable = false, updatable = false, length = 300)
    private String purpose;

    @Column(name = "action", nullable = false, updatable = false, length = 10)
    private String action;

    @Column(name = "query_text", nullable = false, updatable = false, length = 1000)
    private String query;

    /** The tenants as ",a,b,", so one tenant's entries are found with a LIKE on ",tenant,". */
    @Column(name = "tenants", nullable = false, updatable = false, length = 20000)
    private String tenants;

    @Column(name = "item", updatable = false, length = 120)
    private String item;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AccessLogEntry() {
    }

    AccessLogEntry(long sequence, Instant at, String actor, String role, String purpose, String action, String query,
                   List<String> tenants, String item, String previousHash) {
        this.sequence = sequence;
        // Stored and hashed at the database's precision, so the chain verifies after a round trip.
        this.at = Instant.ofEpochMilli(at.toEpochMilli());
        this.actor = actor;
        this.role = role;
        this.purpose = purpose;
        this.action = action;
        this.query = query.length() > 1000 ? query.substring(0, 1000) : query;
        String joined = "," + String.join(",", tenants) + ",";
        this.tenants = joined.length() > 20000 ? joined.substring(0, joined.lastIndexOf(',', 19999) + 1) : joined;
        this.item = item;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    String computeHash() {
        String canonical = String.join("\u001f", Long.toString(sequence), Long.toString(at.toEpochMilli()), actor,
                role, purpose, action, query, tenants, item == null ? "" : item, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long sequence() {
        return sequence;
    }

    String hash() {
        return hash;
    }

    String previousHash() {
        return previousHash;
    }

    /** The entry as {@code reader} may see it: its own name, and only the number of the other organisations. */
    AccessEntry toViewFor(String reader) {
        List<String> covered = Arrays.stream(tenants.split(",")).filter(t -> !t.isEmpty()).toList();
        List<String> own = covered.contains(reader) ? List.of(reader) : List.of();
        return new AccessEntry(sequence, at, actor, role, purpose, action, query, own, covered.size() - own.size(),
                item, hash);
    }
}
