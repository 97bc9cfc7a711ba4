-- The registry of provider organisations. id is the Keycloak organization alias.
CREATE TABLE tenant (
    id                   VARCHAR(63)  NOT NULL PRIMARY KEY,
    name                 VARCHAR(120) NOT NULL,
    name_key             VARCHAR(120) NOT NULL,
    sector               VARCHAR(40)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    idp_organization_id  VARCHAR(64),
    created_at           TIMESTAMP    NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT tenant_name_unique UNIQUE (name_key)
);

-- Wards and service units: the first tenant-owned table. Every tenant-owned table carries tenant_id.
CREATE TABLE ward (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    name        VARCHAR(120) NOT NULL,
    service     VARCHAR(120) NOT NULL,
    beds        INTEGER      NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT ward_beds_positive CHECK (beds >= 0)
);

CREATE UNIQUE INDEX ward_name_per_tenant ON ward (tenant_id, name);
