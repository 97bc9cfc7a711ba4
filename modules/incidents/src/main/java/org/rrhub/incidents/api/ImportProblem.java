package org.rrhub.incidents.api;

import java.util.Objects;

/**
 * One reason an extract cannot be imported, placed so the provider can find and fix it in their spreadsheet.
 *
 * @param row the record number counting the header as row 1, so the first data row is 2, as a spreadsheet shows it
 * @param column the column's name as in the file's header, or "" for a problem with the whole row or file
 * @param message what is wrong and how to fix it, never repeating a value that looks like a patient identifier
 */
public record ImportProblem(long row, String column, String message) {

    public ImportProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }
}
