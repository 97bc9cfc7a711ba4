package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.persistence.api.ModuleSchema;

@ApplicationScoped
public class TenantsSchema implements ModuleSchema {
    @Override
    public String name() {
        return "tenants";
    }

    @Override
    public int order() {
        return 20;
    }
}
