-- A provider's permission for a named reviewer (RRN reviewer or peer) to review its information, for a period.
-- Platform-owned: both sides read it (the provider its grants, the reviewer the providers that granted access),
-- so every query names the tenant or the reviewer explicitly.
CREATE TABLE review_grant (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    reviewer          VARCHAR(255) NOT NULL,
    valid_from        DATE         NOT NULL,
    valid_until       DATE         NOT NULL,
    granted_by        VARCHAR(255) NOT NULL,
    granted_at        TIMESTAMP    NOT NULL,
    revoked_by        VARCHAR(255),
    revoked_at        TIMESTAMP
);

CREATE INDEX review_grant_reviewer ON review_grant (reviewer, valid_until);
CREATE INDEX review_grant_tenant ON review_grant (tenant_id);
