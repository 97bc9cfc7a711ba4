package org.rrhub.documents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.persistence.api.ModuleSchema;

@ApplicationScoped
public class DocumentsSchema implements ModuleSchema {
    @Override
    public String name() {
        return "documents";
    }

    @Override
    public int order() {
        return 40;
    }
}
