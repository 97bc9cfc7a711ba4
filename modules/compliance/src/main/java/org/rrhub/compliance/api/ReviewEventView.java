package org.rrhub.compliance.api;

import java.time.Instant;

/** One thing that happened to a review: when, who, what. */
public record ReviewEventView(Instant at, String actor, String description) {
}
