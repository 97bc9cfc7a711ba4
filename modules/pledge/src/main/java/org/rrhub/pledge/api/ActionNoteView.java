package org.rrhub.pledge.api;

import java.time.Instant;
import java.time.LocalDate;

/** A dated progress note on an action. */
public record ActionNoteView(LocalDate date, String text, String author, Instant recordedAt) {
}
