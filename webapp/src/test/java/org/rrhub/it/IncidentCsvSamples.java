package org.rrhub.it;

import java.util.ArrayList;
import java.util.List;

/** Named sample extracts of incident data and bed days, in the documented column format. */
final class IncidentCsvSamples {

    static final String INCIDENT_HEADER = "external_reference,started_at,service,ward,type,position,duration_minutes,"
            + "age_band,gender,ethnic_group,person_injured,staff_injured,medical_review_at,debrief_offered,"
            + "debrief_held,views_sought_at";
    static final String BED_DAYS_HEADER = "service,ward,month,occupied_bed_days";

    private IncidentCsvSamples() {
    }

    /** A row builder with sensible values, changed field by field for each case. */
    static final class Row {
        String reference;
        String startedAt = "2026-09-03T10:15";
        String ward = "Oak Ward";
        String type = "physical_restraint";
        String position = "supine";
        String duration = "8";
        String ageBand = "25_34";
        String gender = "female";
        String ethnicGroup = "white";
        String medicalReviewAt = "2026-09-03T10:50";
        String debriefOffered = "yes";
        String debriefHeld = "yes";
        String viewsSoughtAt = "";

        Row(String reference) {
            this.reference = reference;
        }

        Row with(java.util.function.Consumer<Row> change) {
            change.accept(this);
            return this;
        }

        String csv() {
            return String.join(",", reference, startedAt, "Adult Mental Health", ward, type, position, duration,
                    ageBand, gender, ethnicGroup, "no", "no", medicalReviewAt, debriefOffered, debriefHeld,
                    viewsSoughtAt);
        }
    }

    static String incidents(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(INCIDENT_HEADER);
        rows.forEach(r -> lines.add(r.csv()));
        return String.join("\r\n", lines) + "\r\n";
    }

    /**
     * Six interventions on two wards over September and October 2026: four physical restraints (one prone, one
     * reviewed after 90 minutes, one never reviewed), one seclusion, one rapid tranquillisation without a debrief;
     * five women and one man; views sought once, within a day.
     */
    static String sixInterventions(String prefix) {
        return incidents(List.of(
                new Row(prefix + "-1").with(r -> r.viewsSoughtAt = "2026-09-04T09:00"),
                new Row(prefix + "-2").with(r -> { r.position = "prone"; r.startedAt = "2026-09-10T22:00";
                    r.medicalReviewAt = "2026-09-10T23:30"; }),
                new Row(prefix + "-3").with(r -> { r.ward = "Elm Ward"; r.startedAt = "2026-10-01T08:00";
                    r.medicalReviewAt = "2026-10-01T08:40"; }),
                new Row(prefix + "-4").with(r -> { r.startedAt = "2026-10-12T14:00"; r.medicalReviewAt = "";
                    r.duration = "25"; }),
                new Row(prefix + "-5").with(r -> { r.type = "seclusion"; r.position = ""; r.duration = "240";
                    r.startedAt = "2026-10-20T19:00"; r.medicalReviewAt = "2026-10-20T19:30"; r.gender = "male"; }),
                new Row(prefix + "-6").with(r -> { r.type = "rapid_tranquillisation"; r.position = "";
                    r.duration = "0"; r.startedAt = "2026-10-21T03:00"; r.debriefOffered = "no";
                    r.debriefHeld = "no"; r.medicalReviewAt = ""; r.ward = "Elm Ward"; })));
    }

    /** 600 bed days a month on Oak Ward and 400 on Elm Ward, September and October 2026: 2,000 in all. */
    static String bedDays() {
        return String.join("\r\n", BED_DAYS_HEADER,
                "Adult Mental Health,Oak Ward,2026-09,600",
                "Adult Mental Health,Elm Ward,2026-09,400",
                "Adult Mental Health,Oak Ward,2026-10,600",
                "Adult Mental Health,Elm Ward,2026-10,400") + "\r\n";
    }

    /** One ward with the given bed days and interventions in September 2026, for a benchmark peer. */
    static String[] peer(String prefix, int interventions, int bedDays) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < interventions; i++) {
            rows.add(new Row(prefix + "-" + i));
        }
        // The month reported by a peer must not look like a drop to zero, so only September is sent.
        return new String[] {incidents(rows), BED_DAYS_HEADER + "\r\nAdult Mental Health,Oak Ward,2026-09," + bedDays
                + "\r\n"};
    }

    /** A large extract: {@code rows} restraints spread over the first 28 days of September 2026 on four wards. */
    static String large(String prefix, int rows) {
        StringBuilder csv = new StringBuilder(rows * 160).append(INCIDENT_HEADER).append("\r\n");
        for (int i = 0; i < rows; i++) {
            int day = 1 + i % 28;
            String start = String.format("2026-09-%02dT%02d:%02d", day, i % 24, i % 60);
            Row row = new Row(prefix + "-" + i);
            row.startedAt = start;
            row.ward = "Ward " + (char) ('A' + i % 4);
            row.medicalReviewAt = "";
            csv.append(row.csv()).append("\r\n");
        }
        return csv.toString();
    }
}
