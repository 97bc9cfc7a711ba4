-- Items changed and not yet indexed, written in the same transaction as the change (a transactional outbox). The
-- indexer deletes a row only after the index holding its change is committed.
CREATE TABLE search_outbox (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(63)  NOT NULL,
    item_kind    VARCHAR(20)  NOT NULL,
    item_id      VARCHAR(36)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);
CREATE INDEX search_outbox_by_age ON search_outbox (created_at);

-- Searches and opened items by inspectors and reviewers: append-only, each entry chained to the previous by hash.
CREATE TABLE search_access_log (
    sequence_no  BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(255)  NOT NULL,
    role         VARCHAR(40)   NOT NULL,
    purpose      VARCHAR(300)  NOT NULL,
    action       VARCHAR(10)   NOT NULL,
    query_text   VARCHAR(1000) NOT NULL,
    tenants      VARCHAR(20000) NOT NULL,
    item         VARCHAR(120),
    previous_hash VARCHAR(64)  NOT NULL,
    entry_hash   VARCHAR(64)   NOT NULL
);
