-- The monthly summary the insight reads (decision 0017): per provider, month, ward and type, how many interventions
-- and the counts the indicators need, and the same cells broken down by each coded characteristic. The import keeps it
-- up to date in the rows' own transaction (IncidentSummary), so a dashboard over a million incidents reads a few
-- thousand summary rows.
CREATE TABLE incident_summary (
    tenant_id             VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    started_month         INTEGER      NOT NULL,
    ward                  VARCHAR(120) NOT NULL,
    intervention_type     VARCHAR(30)  NOT NULL,
    incidents             INTEGER      NOT NULL,
    reviewed_within_hour  INTEGER      NOT NULL,
    views_sought_in_time  INTEGER      NOT NULL,
    debrief_offered       INTEGER      NOT NULL,
    debrief_held          INTEGER      NOT NULL,
    CONSTRAINT incident_summary_cell PRIMARY KEY (tenant_id, started_month, ward, intervention_type)
);

-- Keyed by dimension before month: each breakdown is read as one dimension over a period.
CREATE TABLE incident_breakdown (
    tenant_id          VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    dimension          VARCHAR(20)  NOT NULL,
    started_month      INTEGER      NOT NULL,
    ward               VARCHAR(120) NOT NULL,
    intervention_type  VARCHAR(30)  NOT NULL,
    code               VARCHAR(20)  NOT NULL,
    incidents          INTEGER      NOT NULL,
    CONSTRAINT incident_breakdown_cell PRIMARY KEY (tenant_id, dimension, started_month, ward, intervention_type, code)
);

-- The incidents stored before this version, summarised as IncidentSummary does after every import (60 minutes for
-- the medical review, 72 hours for the person's views: Indicators.MEDICAL_REVIEW_WITHIN_MINUTES and
-- DEFAULT_VIEWS_WITHIN_HOURS).
INSERT INTO incident_summary (tenant_id, started_month, ward, intervention_type, incidents, reviewed_within_hour,
                              views_sought_in_time, debrief_offered, debrief_held)
SELECT tenant_id, started_month, ward, intervention_type, COUNT(*),
       SUM(CASE WHEN medical_review_minutes <= 60 THEN 1 ELSE 0 END),
       SUM(CASE WHEN views_sought_hours <= 72 THEN 1 ELSE 0 END),
       SUM(CASE WHEN debrief_offered THEN 1 ELSE 0 END),
       SUM(CASE WHEN debrief_held THEN 1 ELSE 0 END)
FROM incident
GROUP BY tenant_id, started_month, ward, intervention_type;

-- The breakdowns in one pass: each incident is counted once per dimension (the rows unpivoted against the list of
-- dimensions, Dimension's names), under its code for that dimension; incidents without a position (all but physical
-- restraint) have none to count.
INSERT INTO incident_breakdown (tenant_id, dimension, started_month, ward, intervention_type, code, incidents)
SELECT tenant_id, dimension, started_month, ward, intervention_type, code, COUNT(*)
FROM (SELECT i.tenant_id, d.dimension, i.started_month, i.ward, i.intervention_type,
             CASE d.dimension WHEN 'AGE_BAND' THEN i.age_band
                              WHEN 'GENDER' THEN i.gender
                              WHEN 'ETHNIC_GROUP' THEN i.ethnic_group
                              WHEN 'DURATION_BAND' THEN i.duration_band
                              WHEN 'POSITION' THEN i.restraint_position END AS code
      FROM incident i
      CROSS JOIN (VALUES ('AGE_BAND'), ('GENDER'), ('ETHNIC_GROUP'), ('DURATION_BAND'), ('POSITION')) AS d (dimension)
     ) coded
WHERE code IS NOT NULL
GROUP BY tenant_id, dimension, started_month, ward, intervention_type, code;
