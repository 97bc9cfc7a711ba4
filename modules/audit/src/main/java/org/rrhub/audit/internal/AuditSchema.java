package org.rrhub.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.persistence.api.ModuleSchema;

@ApplicationScoped
public class AuditSchema implements ModuleSchema {
    @Override
    public String name() {
        return "audit";
    }

    @Override
    public int order() {
        return 10;
    }
}
