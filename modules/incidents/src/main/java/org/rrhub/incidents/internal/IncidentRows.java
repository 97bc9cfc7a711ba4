package org.rrhub.incidents.internal;

import org.rrhub.incidents.api.AgeBand;
import org.rrhub.incidents.api.CsvColumn;
import org.rrhub.incidents.api.EthnicGroup;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.Gender;
import org.rrhub.incidents.api.IncidentCsvFormat;
import org.rrhub.incidents.api.IncidentRecord;
import org.rrhub.incidents.api.InterventionType;
import org.rrhub.incidents.api.RestraintPosition;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.rrhub.incidents.internal.CsvExtractReader.quoted;

/** The rules for one row of the incident extract, and for references across rows. One instance reads one file. */
public final class IncidentRows implements Function<Row, IncidentRecord> {

    private static final List<CsvColumn> COLUMNS = IncidentCsvFormat.columns(ExtractKind.INCIDENTS);
    private static final int REFERENCE = at("external_reference");
    private static final int STARTED_AT = at("started_at");
    private static final int SERVICE = at("service");
    private static final int WARD = at("ward");
    private static final int TYPE = at("type");
    private static final int POSITION = at("position");
    private static final int DURATION = at("duration_minutes");
    private static final int AGE_BAND = at("age_band");
    private static final int GENDER = at("gender");
    private static final int ETHNIC_GROUP = at("ethnic_group");
    private static final int PERSON_INJURED = at("person_injured");
    private static final int STAFF_INJURED = at("staff_injured");
    private static final int MEDICAL_REVIEW_AT = at("medical_review_at");
    private static final int DEBRIEF_OFFERED = at("debrief_offered");
    private static final int DEBRIEF_HELD = at("debrief_held");
    private static final int VIEWS_SOUGHT_AT = at("views_sought_at");

    private final LocalDateTime now;
    /** The row each reference was first seen on; a provider's own ids must identify one incident each. */
    private final Map<String, Long> rowOfReference = new HashMap<>();

    public IncidentRows(LocalDateTime now) {
        this.now = now;
    }

    public static List<CsvColumn> columns() {
        return COLUMNS;
    }

    @Override
    public IncidentRecord apply(Row row) {
        String reference = reference(row);
        LocalDateTime startedAt = Cells.dateTime(row, STARTED_AT, true, now);
        String service = Cells.name(row, SERVICE);
        String ward = Cells.name(row, WARD);
        InterventionType type = Cells.code(row, TYPE, true, InterventionType::fromCode, "a type of intervention",
                InterventionType.codeList());
        RestraintPosition position = position(row, type);
        Integer duration = Cells.wholeNumber(row, DURATION, 0, IncidentCsvFormat.MAX_DURATION_MINUTES, "minutes");
        AgeBand ageBand = Cells.code(row, AGE_BAND, true, AgeBand::fromCode, "an age band", AgeBand.codeList());
        Gender gender = Cells.code(row, GENDER, true, Gender::fromCode, "a gender", Gender.codeList());
        EthnicGroup ethnicGroup = Cells.code(row, ETHNIC_GROUP, true, EthnicGroup::fromCode, "an ethnic group",
                EthnicGroup.codeList());
        Boolean personInjured = Cells.yesNo(row, PERSON_INJURED);
        Boolean staffInjured = Cells.yesNo(row, STAFF_INJURED);
        LocalDateTime medicalReviewAt = notBeforeStart(row, MEDICAL_REVIEW_AT, startedAt, "The medical review");
        Boolean debriefOffered = Cells.yesNo(row, DEBRIEF_OFFERED);
        Boolean debriefHeld = Cells.yesNo(row, DEBRIEF_HELD);
        if (Boolean.TRUE.equals(debriefHeld) && Boolean.FALSE.equals(debriefOffered)) {
            row.problem(DEBRIEF_HELD, "A debrief cannot be held without being offered: debrief_offered is no. "
                    + "Correct one of the two.");
        }
        LocalDateTime viewsSoughtAt = notBeforeStart(row, VIEWS_SOUGHT_AT, startedAt, "Seeking the person's views");
        if (row.hasProblems()) {
            return null;
        }
        return new IncidentRecord(reference, startedAt, service, ward, type, position, duration, ageBand, gender,
                ethnicGroup, personInjured, staffInjured, medicalReviewAt, debriefOffered, debriefHeld,
                viewsSoughtAt);
    }

    private String reference(Row row) {
        String value = row.value(REFERENCE);
        if (value == null || Cells.isEmpty(row, REFERENCE, true)) {
            return null;
        }
        if (value.length() > IncidentCsvFormat.MAX_REFERENCE_LENGTH) {
            row.problem(REFERENCE, "This is " + value.length() + " characters long; at most "
                    + IncidentCsvFormat.MAX_REFERENCE_LENGTH + " are allowed.");
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isReferenceCharacter(value.charAt(i))) {
                row.problem(REFERENCE, "Use only letters, digits and - _ / . in references.");
                return null;
            }
        }
        Long earlier = rowOfReference.putIfAbsent(value, row.number());
        if (earlier != null) {
            String rest = " is already used in row " + earlier + ". Each incident needs its own reference.";
            row.problem(REFERENCE, "The reference " + quoted(value) + rest, "This reference" + rest);
            return null;
        }
        return value;
    }

    private static boolean isReferenceCharacter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '/' || c == '.';
    }

    /** Recorded for physical restraint only, where it matters most (prone restraint is the most dangerous). */
    private static RestraintPosition position(Row row, InterventionType type) {
        boolean physical = type == InterventionType.PHYSICAL_RESTRAINT;
        String value = row.value(POSITION);
        if (type != null && !physical && value != null && !value.isEmpty()) {
            row.problem(POSITION, "Leave position empty: it is recorded for physical_restraint only, and this row "
                    + "is " + type.code() + ".");
            return null;
        }
        return Cells.code(row, POSITION, physical, RestraintPosition::fromCode, "a position",
                RestraintPosition.codeList());
    }

    private LocalDateTime notBeforeStart(Row row, int column, LocalDateTime startedAt, String what) {
        LocalDateTime value = Cells.dateTime(row, column, false, now);
        if (value != null && startedAt != null && value.isBefore(startedAt)) {
            row.problem(column, what + " is before the intervention started (started_at). Check both times.");
            return null;
        }
        return value;
    }

    private static int at(String name) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (COLUMNS.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("No documented column " + name);
    }
}
