package org.rrhub.incidents.api;

/** A value with a stable code for CSV files and the database, and plain English for pages. */
public interface Coded {

    /** The value as it is written in CSV extracts and stored: lower_snake_case, never changed once published. */
    String code();

    /** The value in plain English for pages and reports. */
    String label();
}
