package org.rrhub.incidents.internal;

import org.rrhub.incidents.api.IncidentRecord;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The months whose figures an import changes, so that only their summary is worked out again: the month of every
 * row it stores, and for a corrected row also the month it was in before, since a correction can move an incident
 * to another month (its old month then counts one fewer).
 */
final class ChangedMonths {

    /** Consecutive months, first and last included: one range the summary is recomputed over. */
    record Span(YearMonth first, YearMonth last) {
    }

    private final TreeSet<YearMonth> months = new TreeSet<>();

    /** A new incident: its month gains one. */
    void added(IncidentRecord record) {
        months.add(record.month());
    }

    /** A stored incident corrected by a re-imported row: its old month and its new one may both change. */
    void corrected(YearMonth storedMonth, IncidentRecord record) {
        months.add(storedMonth);
        months.add(record.month());
    }

    /** The changed months as runs of consecutive months, oldest first (none when nothing changed). */
    List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        for (YearMonth month : months) {
            if (last != null && !month.equals(last.plusMonths(1))) {
                spans.add(new Span(first, last));
                first = null;
            }
            if (first == null) {
                first = month;
            }
            last = month;
        }
        if (first != null) {
            spans.add(new Span(first, last));
        }
        return spans;
    }
}
