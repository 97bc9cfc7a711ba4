package org.rrhub.tenants.internal;

import org.rrhub.core.api.FieldError;
import org.rrhub.tenants.api.NewTenant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules a new tenant's fields must follow; pure logic, so it is unit-tested without a server. */
final class TenantRules {

    static final int NAME_MAX = 120;
    static final int PERSON_NAME_MAX = 80;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

    private TenantRules() {
    }

    static List<FieldError> check(NewTenant request) {
        List<FieldError> errors = new ArrayList<>();
        String name = strip(request.name());
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "Enter the organisation's name"));
        } else if (name.length() < 3) {
            errors.add(new FieldError("name", "The organisation's name must be at least 3 characters"));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "The organisation's name must be " + NAME_MAX + " characters or fewer"));
        } else if (aliasFor(name).isEmpty()) {
            errors.add(new FieldError("name", "The organisation's name must contain letters or numbers"));
        }
        if (request.sector() == null) {
            errors.add(new FieldError("sector", "Select the sector"));
        }
        String email = strip(request.adminEmail());
        if (email.isEmpty()) {
            errors.add(new FieldError("adminEmail", "Enter the first administrator's email address"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("adminEmail", "Enter an email address in the correct format, like name@example.org"));
        }
        checkPersonName(errors, "adminFirstName", "first name", request.adminFirstName());
        checkPersonName(errors, "adminLastName", "last name", request.adminLastName());
        return errors;
    }

    private static void checkPersonName(List<FieldError> errors, String field, String label, String value) {
        String stripped = strip(value);
        if (stripped.isEmpty()) {
            errors.add(new FieldError(field, "Enter the first administrator's " + label));
        } else if (stripped.length() > PERSON_NAME_MAX) {
            errors.add(new FieldError(field, "The " + label + " must be " + PERSON_NAME_MAX + " characters or fewer"));
        }
    }

    /** A stable, URL-safe alias derived from the name: "St Anne's Children's Home" -> "st-annes-childrens-home". */
    static String aliasFor(String name) {
        String ascii = Normalizer.normalize(strip(name), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String alias = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (alias.length() > 50) {
            alias = alias.substring(0, 50).replaceAll("-+$", "");
        }
        return alias;
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
