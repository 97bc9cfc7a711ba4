package org.rrhub.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** Pledge plan bodies as an integration would send them. */
final class PlanJsonSamples {

    static final String[] DOMAINS = {"LEADERSHIP_AND_GOVERNANCE", "USING_DATA_TO_INFORM_PRACTICE",
            "STAFF_TRAINING_AND_DEVELOPMENT", "PREVENTATIVE_MEASURES", "INVOLVING_THOSE_WHO_RECEIVE_SERVICES",
            "CONTINUOUS_IMPROVEMENT"};

    private PlanJsonSamples() {
    }

    static JsonObject content(String organisation, String lead, String firstPriority, boolean complete) {
        JsonArrayBuilder priorities = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("priority", firstPriority)
                        .add("measureOfSuccess", complete ? "No prone restraint for six months" : ""));
        if (complete) {
            priorities.add(Json.createObjectBuilder().add("priority", "Debrief after every intervention")
                            .add("measureOfSuccess", "95% debriefed within 72 hours"))
                    .add(Json.createObjectBuilder().add("priority", "Co-produce safety plans")
                            .add("measureOfSuccess", "Every patient has a safety plan they helped write"));
        }
        JsonArrayBuilder domains = Json.createArrayBuilder();
        if (complete) {
            for (String domain : DOMAINS) {
                domains.add(Json.createObjectBuilder().add("domain", domain).add("mainPriority", "Main " + domain)
                        .add("doneSoFar", "Done " + domain).add("planNext", "Next " + domain));
            }
        }
        return Json.createObjectBuilder()
                .add("organisationName", organisation)
                .add("sector", "NHS trust")
                .add("reductionLead", lead)
                .add("contactEmail", complete ? "rr.lead@example.org" : "")
                .add("planDate", "2026-04-10")
                .add("priorities", priorities)
                .add("domains", domains)
                .build();
    }

    static String change(long version, JsonObject content) {
        return Json.createObjectBuilder().add("version", version).add("content", content).build().toString();
    }

    static String version(long version) {
        return Json.createObjectBuilder().add("version", version).build().toString();
    }
}
