package org.rrhub.pledge.internal;

import org.rrhub.pledge.api.PlanForm;

import org.rrhub.core.api.FieldError;
import org.rrhub.pledge.api.PlanContent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a plan's content must satisfy: always (limits, formats, dates), and to be submitted (complete). */
final class PlanRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

    private PlanRules() {
    }

    /** Checked on every save: a draft may be incomplete, but never too long, malformed or out of its cycle. */
    static List<FieldError> checkLimits(PlanContent content, LocalDate cycleStart) {
        List<FieldError> errors = new ArrayList<>();
        for (PlanForm.Field field : PlanForm.ALL) {
            String value = field.value().apply(content);
            if (value.length() > field.maxLength()) {
                errors.add(new FieldError(field.name(),
                        field.label() + " must be " + field.maxLength() + " characters or fewer"));
            }
        }
        String email = content.contactEmail().strip();
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("contactEmail", "Enter the contact email in the correct format, like name@example.org"));
        }
        LocalDate date = content.planDate();
        if (date != null && (date.isBefore(cycleStart) || !date.isBefore(cycleEnd(cycleStart)))) {
            errors.add(new FieldError("planDate", "The date must be within the plan's cycle, "
                    + cycleStart + " to " + cycleEnd(cycleStart).minusDays(1)));
        }
        return errors;
    }

    /** Checked on submission: the RRN form is complete. */
    static List<FieldError> checkComplete(PlanContent content) {
        List<FieldError> errors = new ArrayList<>();
        for (PlanForm.Field field : PlanForm.ALL) {
            if (field.name().endsWith("-done")) {
                continue; // "what we have done so far" may honestly be nothing yet
            }
            if (field.value().apply(content).isBlank()) {
                errors.add(new FieldError(field.name(), "Enter " + lowerFirst(field.label())));
            }
        }
        return errors;
    }

    static LocalDate cycleEnd(LocalDate cycleStart) {
        return cycleStart.plusYears(1);
    }

    private static String lowerFirst(String label) {
        // "Priority 1" stays readable; "Organisation name" becomes "organisation name".
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
