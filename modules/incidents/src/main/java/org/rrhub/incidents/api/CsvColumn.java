package org.rrhub.incidents.api;

/**
 * One documented column of an extract, so the format page, the downloadable template and the reader agree.
 *
 * @param required whether the column must be in the file's header; whether a cell may be empty is in the description
 * @param description the rule for values, in plain English
 * @param example a realistic value, as in the template's first row
 */
public record CsvColumn(String name, boolean required, String description, String example) {
}
