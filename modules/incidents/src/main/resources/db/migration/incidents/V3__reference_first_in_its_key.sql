-- A re-import looks up the stored references of each chunk of rows with "external_reference IN (...)" for one
-- provider (IncidentStore). H2 can use an IN list only on the first column of an index: with the key as (tenant_id,
-- external_reference) it read every row of the provider for each chunk (11 s a chunk at a million rows). Leading with
-- the reference, each reference is one index lookup; PostgreSQL uses both columns either way. Still one reference per
-- provider.
ALTER TABLE incident DROP CONSTRAINT incident_reference_per_tenant;
ALTER TABLE incident ADD CONSTRAINT incident_reference_per_tenant UNIQUE (external_reference, tenant_id);
