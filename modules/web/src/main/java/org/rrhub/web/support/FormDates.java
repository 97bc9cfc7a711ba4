package org.rrhub.web.support;

import org.rrhub.core.api.InvalidInputException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** GOV.UK date inputs: a date typed as day, month and year in three fields named field-day, -month, -year. */
public final class FormDates {

    private FormDates() {
    }

    /** The date typed; all three blank is "no date" unless it is required. Anything else is a field error. */
    public static LocalDate read(String field, Map<String, String> form, boolean required) {
        String day = text(form.get(field + "-day"));
        String month = text(form.get(field + "-month"));
        String year = text(form.get(field + "-year"));
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            if (required) {
                throw InvalidInputException.of(field, "Enter the date");
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            throw InvalidInputException.of(field, "Enter a real date, for example 1 4 2026");
        }
    }

    /** Puts a date into a form's values as its three fields. */
    public static void write(String field, LocalDate date, Map<String, String> values) {
        if (date != null) {
            values.put(field + "-day", String.valueOf(date.getDayOfMonth()));
            values.put(field + "-month", String.valueOf(date.getMonthValue()));
            values.put(field + "-year", String.valueOf(date.getYear()));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
