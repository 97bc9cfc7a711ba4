-- Peer review of a tenant's self-assessment (Standards 1.15.III and 1.15.1.II). The rows belong to the provider
-- whose assessment is reviewed; the reviewer (an RRN reviewer or a peer of another provider) reaches them only
-- through a current review grant.
CREATE TABLE assessment_review (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    framework_id     VARCHAR(40)   NOT NULL,
    assessment_year  INTEGER       NOT NULL,
    reviewer         VARCHAR(255)  NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    summary          VARCHAR(4000) NOT NULL,
    started_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    updated_by       VARCHAR(255)  NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX assessment_review_by_reviewer ON assessment_review (tenant_id, reviewer);

-- A reviewer's finding on one statement, and the provider's answer to it.
CREATE TABLE review_finding (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    review_id        VARCHAR(36)   NOT NULL REFERENCES assessment_review (id),
    statement_id     VARCHAR(40)   NOT NULL,
    verdict          VARCHAR(20)   NOT NULL,
    comment          VARCHAR(2000) NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL,
    recorded_by      VARCHAR(255)  NOT NULL,
    answer           VARCHAR(2000),
    answered_at      TIMESTAMP,
    answered_by      VARCHAR(255),
    CONSTRAINT review_finding_unique UNIQUE (review_id, statement_id)
);

-- Everything that happened to a review, with who and when; never changed or deleted.
CREATE TABLE review_event (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    review_id        VARCHAR(36)   NOT NULL REFERENCES assessment_review (id),
    occurred_at      TIMESTAMP     NOT NULL,
    actor            VARCHAR(255)  NOT NULL,
    description      VARCHAR(500)  NOT NULL
);
CREATE INDEX review_event_by_review ON review_event (review_id, occurred_at);
