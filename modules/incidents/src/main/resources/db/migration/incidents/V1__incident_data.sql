-- Anonymised restrictive interventions from providers' own incident systems (Standards 1.4, 1.5, 2.5). No column
-- can hold a patient identifier; the import refuses anything that looks like one. The month and the minutes and hours
-- to review and views are derived at import, so the dashboard's figures are plain GROUP BY queries.
CREATE TABLE incident (
    id                     VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id              VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    external_reference     VARCHAR(64)  NOT NULL,
    started_at             TIMESTAMP    NOT NULL,
    started_month          INTEGER      NOT NULL,
    service                VARCHAR(120) NOT NULL,
    ward                   VARCHAR(120) NOT NULL,
    intervention_type      VARCHAR(30)  NOT NULL,
    restraint_position     VARCHAR(20),
    duration_minutes       INTEGER      NOT NULL,
    duration_band          VARCHAR(20)  NOT NULL,
    age_band               VARCHAR(20)  NOT NULL,
    gender                 VARCHAR(20)  NOT NULL,
    ethnic_group           VARCHAR(20)  NOT NULL,
    person_injured         BOOLEAN      NOT NULL,
    staff_injured          BOOLEAN      NOT NULL,
    medical_review_minutes INTEGER,
    debrief_offered        BOOLEAN      NOT NULL,
    debrief_held           BOOLEAN      NOT NULL,
    views_sought_hours     INTEGER,
    import_id              VARCHAR(36)  NOT NULL,
    CONSTRAINT incident_reference_per_tenant UNIQUE (tenant_id, external_reference)
);
CREATE INDEX incident_by_month ON incident (tenant_id, started_month, ward);

-- Occupied bed days per ward and month: the denominator of every rate.
CREATE TABLE bed_days (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    service            VARCHAR(120) NOT NULL,
    ward               VARCHAR(120) NOT NULL,
    bed_month          INTEGER      NOT NULL,
    occupied_bed_days  INTEGER      NOT NULL,
    import_id          VARCHAR(36)  NOT NULL,
    CONSTRAINT bed_days_per_ward_month UNIQUE (tenant_id, ward, bed_month)
);

-- Each upload of an extract: who, what, and how it ended; the rows are stored all or nothing.
CREATE TABLE incident_import (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    kind          VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    rows_total    INTEGER       NOT NULL,
    added         INTEGER       NOT NULL,
    updated       INTEGER       NOT NULL,
    failure       VARCHAR(500),
    started_by    VARCHAR(255)  NOT NULL,
    started_at    TIMESTAMP     NOT NULL,
    finished_at   TIMESTAMP
);
CREATE INDEX incident_import_recent ON incident_import (tenant_id, started_at);

-- A provider's decision to let its anonymised rates count in its sector's benchmark (1.4.III). One row per provider;
-- read across providers by the benchmark, so it is keyed by the provider rather than filtered by it.
CREATE TABLE benchmark_consent (
    tenant_id    VARCHAR(63)  NOT NULL PRIMARY KEY REFERENCES tenant (id),
    consented    BOOLEAN      NOT NULL,
    decided_by   VARCHAR(255) NOT NULL,
    decided_at   TIMESTAMP    NOT NULL
);
