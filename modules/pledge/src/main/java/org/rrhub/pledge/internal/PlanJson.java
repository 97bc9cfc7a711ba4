package org.rrhub.pledge.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.rrhub.pledge.api.PlanContent;

/**
 * The plan's content is stored as one JSON document (the form is a document, and revisions are snapshots of it),
 * written and read with JSON-B.
 */
final class PlanJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private PlanJson() {
    }

    static String write(PlanContent content) {
        return JSONB.toJson(content);
    }

    static PlanContent read(String json) {
        return JSONB.fromJson(json, PlanContent.class);
    }
}
