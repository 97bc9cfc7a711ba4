-- The work that delivers a plan: actions per strategy domain, and their dated progress notes.
CREATE TABLE plan_action (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    plan_id            VARCHAR(36)   NOT NULL REFERENCES pledge_plan (id),
    domain             VARCHAR(60)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    owner              VARCHAR(255)  NOT NULL,
    due_date           DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    dropped_reason     VARCHAR(1000),
    serves_priorities  VARCHAR(10)   NOT NULL,
    completed_on       DATE,
    updated_at         TIMESTAMP     NOT NULL,
    updated_by         VARCHAR(255)  NOT NULL,
    version            BIGINT        NOT NULL
);

CREATE INDEX plan_action_plan ON plan_action (tenant_id, plan_id);

CREATE TABLE plan_action_note (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    action_id    VARCHAR(36)   NOT NULL REFERENCES plan_action (id),
    note_date    DATE          NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    author       VARCHAR(255)  NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL
);

CREATE INDEX plan_action_note_action ON plan_action_note (tenant_id, action_id);
