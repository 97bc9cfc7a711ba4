-- Append-only audit log. Ids come from a sequence, one at a time, so their order is the order of writing.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE audit_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(255)  NOT NULL,
    tenant_id    VARCHAR(63),
    action       VARCHAR(40)   NOT NULL,
    detail       VARCHAR(1000) NOT NULL
);

CREATE INDEX audit_event_tenant ON audit_event (tenant_id, id);
