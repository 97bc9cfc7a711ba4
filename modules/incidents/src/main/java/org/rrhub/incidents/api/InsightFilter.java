package org.rrhub.incidents.api;

import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the insight covers: a period of whole months and optionally one ward and one type. The default period is the
 * last twelve months, the span boards usually look at.
 */
public record InsightFilter(YearMonth from, YearMonth to, String ward, InterventionType type) {

    /** Long enough for a trend, short enough to stay a readable chart. */
    public static final int MAX_MONTHS = 36;

    public InsightFilter {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
        ward = ward == null || ward.isBlank() ? null : ward.strip();
    }

    public static InsightFilter lastTwelveMonths(YearMonth current) {
        return new InsightFilter(current.minusMonths(11), current, null, null);
    }

    /** Reads the filter as a form or query string sends it; blank means the default, anything else is checked. */
    public static InsightFilter fromInput(String from, String to, String ward, String type, YearMonth current) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth start = month("from", from, current.minusMonths(11), errors);
        YearMonth end = month("to", to, current, errors);
        InterventionType kind = null;
        if (type != null && !type.isBlank()) {
            kind = InterventionType.fromCode(type).orElse(null);
            if (kind == null) {
                errors.add(new FieldError("type", "Select a type from the list: " + InterventionType.codeList()));
            }
        }
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.add(new FieldError("to", "The end of the period must be the same as or after its start"));
        } else if (errors.isEmpty() && start.plusMonths(MAX_MONTHS - 1).isBefore(end)) {
            errors.add(new FieldError("from", "Choose a period of " + MAX_MONTHS + " months or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new InsightFilter(start, end, ward, kind);
    }

    private static YearMonth month(String field, String value, YearMonth fallback, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter the month as year and month, for example 2026-04"));
            return fallback;
        }
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
