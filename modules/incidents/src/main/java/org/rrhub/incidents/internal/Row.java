package org.rrhub.incidents.internal;

/**
 * One data row of an extract, seen through the documented columns: values by the column's position in the
 * documented list, whatever order the file has them in. Problems are reported against the column as the file names
 * it, so the provider finds it.
 */
public final class Row {

    private final long number;
    private final String[] values;
    private final boolean[] refused;
    private final String[] columnLabels;
    private final Problems problems;
    private boolean hasProblems;

    Row(long number, String[] values, boolean[] refused, String[] columnLabels, Problems problems,
        boolean hasProblems) {
        this.number = number;
        this.values = values;
        this.refused = refused;
        this.columnLabels = columnLabels;
        this.problems = problems;
        this.hasProblems = hasProblems;
    }

    /** The record number counting the header as row 1, as a spreadsheet numbers it. */
    public long number() {
        return number;
    }

    /**
     * The trimmed value of a documented column; "" for an empty cell; null when the column is not in the file or the
     * cell was already refused (an identifier, or not UTF-8), so no further problem is reported for it.
     */
    public String value(int column) {
        return refused[column] ? null : values[column];
    }

    /** A problem with a cell, in words that repeat nothing of the file's values. */
    public void problem(int column, String message) {
        problems.add(number, columnLabels[column], message);
        hasProblems = true;
    }

    /**
     * A problem with a cell whose message for the upload quotes the value ({@code shown}); {@code withoutValue} says
     * the same without it, for the record of the refused import.
     */
    public void problem(int column, String shown, String withoutValue) {
        problems.add(number, columnLabels[column], shown, columnLabels[column], withoutValue);
        hasProblems = true;
    }

    /** A problem with the row as a whole rather than one of its cells. */
    public void rowProblem(String message) {
        problems.add(number, "", message);
        hasProblems = true;
    }

    /**
     * Whether anything in the row was refused, or the file lacks a required column (so the row cannot be complete):
     * such a row becomes no record.
     */
    public boolean hasProblems() {
        return hasProblems;
    }
}
