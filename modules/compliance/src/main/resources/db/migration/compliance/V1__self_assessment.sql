-- A tenant's answers to the statements of a compliance framework, per year. Statements are referred to by the
-- framework's id and the statement's id, so answers keep their meaning when a later edition is added.
CREATE TABLE assessment_answer (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    framework_id     VARCHAR(40)   NOT NULL,
    assessment_year  INTEGER       NOT NULL,
    statement_id     VARCHAR(40)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    narrative        VARCHAR(2000) NOT NULL,
    owner            VARCHAR(255),
    target_date      DATE,
    na_rationale     VARCHAR(1000),
    document_ids     VARCHAR(4000) NOT NULL,
    evidence_note    VARCHAR(2000) NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    updated_by       VARCHAR(255)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT assessment_answer_unique UNIQUE (tenant_id, framework_id, assessment_year, statement_id)
);
