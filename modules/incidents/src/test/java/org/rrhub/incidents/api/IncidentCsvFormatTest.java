package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentCsvFormatTest {

    @Test
    void incidentColumnsAreDocumentedInTheAgreedOrder() {
        assertThat(IncidentCsvFormat.columns(ExtractKind.INCIDENTS)).extracting(CsvColumn::name).containsExactly(
                "external_reference", "started_at", "service", "ward", "type", "position", "duration_minutes",
                "age_band", "gender", "ethnic_group", "person_injured", "staff_injured", "medical_review_at",
                "debrief_offered", "debrief_held", "views_sought_at");
        assertThat(IncidentCsvFormat.columns(ExtractKind.INCIDENTS)).filteredOn(c -> !c.required())
                .extracting(CsvColumn::name).containsExactly("medical_review_at", "views_sought_at");
        assertThat(IncidentCsvFormat.columns(ExtractKind.BED_DAYS)).extracting(CsvColumn::name)
                .containsExactly("service", "ward", "month", "occupied_bed_days");
    }

    @Test
    void theIncidentTemplateIsAHeaderAndTwoRowsWithCrlfThatTheReaderAccepts() {
        String template = IncidentCsvFormat.template(ExtractKind.INCIDENTS);

        assertThat(template.split("\r\n", -1)).hasSize(4).endsWith("");
        assertThat(template.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(template).startsWith(IncidentCsv.HEADER + "\r\n");
        ReadResult<IncidentRecord> read = new IncidentCsvReader(IncidentCsv.CLOCK).read(IncidentCsv.utf8(template));
        assertThat(IncidentCsv.describe(read)).isEmpty();
        assertThat(read.records()).extracting(IncidentRecord::type)
                .containsExactly(InterventionType.PHYSICAL_RESTRAINT, InterventionType.SECLUSION);
    }

    @Test
    void theBedDaysTemplateIsReadBackToo() {
        String template = IncidentCsvFormat.template(ExtractKind.BED_DAYS);
        assertThat(template).isEqualTo("service,ward,month,occupied_bed_days\r\n"
                + "Adult Mental Health,Oak Ward,2026-03,558\r\nAdult Mental Health,Elm Ward,2026-03,434\r\n");
        assertThat(new BedDaysCsvReader(IncidentCsv.CLOCK).read(IncidentCsv.utf8(template)).records()).hasSize(2);
    }
}
