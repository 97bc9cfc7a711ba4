package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.persistence.api.ModuleSchema;

@ApplicationScoped
public class PledgeSchema implements ModuleSchema {
    @Override
    public String name() {
        return "pledge";
    }

    @Override
    public int order() {
        return 30;
    }
}
