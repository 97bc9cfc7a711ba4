package org.rrhub.compliance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.persistence.api.ModuleSchema;

@ApplicationScoped
public class ComplianceSchema implements ModuleSchema {
    @Override
    public String name() {
        return "compliance";
    }

    @Override
    public int order() {
        return 50;
    }
}
