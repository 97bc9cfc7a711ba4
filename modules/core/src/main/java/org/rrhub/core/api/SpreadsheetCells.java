package org.rrhub.core.api;

/** Text typed by people, made safe to put in a CSV file that someone will open in a spreadsheet. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A cell starting with a formula character would be run by a spreadsheet when the file is opened (CSV injection);
     * a leading apostrophe keeps it text, as OWASP recommends.
     */
    public static String neutralised(String cell) {
        if (cell == null) {
            return "";
        }
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
