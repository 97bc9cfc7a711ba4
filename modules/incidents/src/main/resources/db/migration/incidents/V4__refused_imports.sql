-- Refused extracts are recorded too (state REFUSED), so a provider, or an integration posting nightly extracts, can
-- see later what was refused and why: the import with how many problems were found, and the first 1,000 of them by
-- row and column (ReadResult.MAX_PROBLEMS_KEPT), worded without any value from the file. Nothing of the rows is kept:
-- they may carry the very identifiers they were refused for.
ALTER TABLE incident_import ADD COLUMN problem_count BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE incident_import_problem (
    tenant_id       VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    import_id       VARCHAR(36)   NOT NULL REFERENCES incident_import (id),
    problem_number  INTEGER       NOT NULL,
    file_row        BIGINT        NOT NULL,
    file_column     VARCHAR(120)  NOT NULL,
    message         VARCHAR(1000) NOT NULL,
    CONSTRAINT incident_import_problem_key PRIMARY KEY (tenant_id, import_id, problem_number)
);
