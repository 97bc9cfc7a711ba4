-- The RRN pledge action plan, one per tenant and 12-month cycle. The form's content is one JSON document.
CREATE TABLE pledge_plan (
    id               VARCHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)     NOT NULL REFERENCES tenant (id),
    cycle_start      DATE            NOT NULL,
    status           VARCHAR(20)     NOT NULL,
    content          VARCHAR(200000) NOT NULL,
    review_comments  VARCHAR(4000),
    updated_at       TIMESTAMP       NOT NULL,
    updated_by       VARCHAR(255)    NOT NULL,
    version          BIGINT          NOT NULL,
    CONSTRAINT pledge_plan_cycle_unique UNIQUE (tenant_id, cycle_start)
);

-- Every change to a plan, kept: who, when, which event, and the whole content after it.
CREATE TABLE pledge_plan_revision (
    id            VARCHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id     VARCHAR(63)     NOT NULL REFERENCES tenant (id),
    plan_id       VARCHAR(36)     NOT NULL REFERENCES pledge_plan (id),
    number        INTEGER         NOT NULL,
    plan_version  BIGINT          NOT NULL,
    status        VARCHAR(20)     NOT NULL,
    event         VARCHAR(40)     NOT NULL,
    author        VARCHAR(255)    NOT NULL,
    created_at    TIMESTAMP       NOT NULL,
    content       VARCHAR(200000) NOT NULL,
    CONSTRAINT pledge_plan_revision_number_unique UNIQUE (plan_id, number)
);

CREATE INDEX pledge_plan_revision_plan ON pledge_plan_revision (tenant_id, plan_id);
