package org.rrhub.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.persistence.api.ModuleSchema;

@ApplicationScoped
public class SearchSchema implements ModuleSchema {
    @Override
    public String name() {
        return "search";
    }

    @Override
    public int order() {
        return 45;
    }
}
