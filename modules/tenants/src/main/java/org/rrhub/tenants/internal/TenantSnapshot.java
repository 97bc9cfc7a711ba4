package org.rrhub.tenants.internal;

import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.TenantSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every tenant as read at one moment, in the registry's order (by name), and by id. */
record TenantSnapshot(List<TenantSummary> all, Map<TenantId, TenantSummary> byId, Instant readAt) {

    static TenantSnapshot of(List<TenantSummary> tenants, Instant readAt) {
        return new TenantSnapshot(List.copyOf(tenants),
                tenants.stream().collect(Collectors.toUnmodifiableMap(TenantSummary::id, Function.identity())),
                readAt);
    }

    Optional<TenantSummary> find(TenantId id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean isOlderThan(Duration age, Instant now) {
        return readAt.plus(age).isBefore(now);
    }
}
