package org.rrhub.pledge.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A member organisation's published pledge: its name, sector and top three priorities, nothing else. */
public record PublishedPledge(String organisationName, String sector, LocalDate cycleStart,
                              List<Priority> priorities, Instant publishedAt) {
}
