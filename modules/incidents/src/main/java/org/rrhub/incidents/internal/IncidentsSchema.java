package org.rrhub.incidents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.persistence.api.ModuleSchema;

@ApplicationScoped
public class IncidentsSchema implements ModuleSchema {
    @Override
    public String name() {
        return "incidents";
    }

    @Override
    public int order() {
        return 60;
    }
}
