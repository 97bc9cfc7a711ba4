-- API clients that a provider created for its own systems (client-credentials tokens acting for that provider).
CREATE TABLE integration_client (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(63)  NOT NULL REFERENCES tenant (id),
    name           VARCHAR(120) NOT NULL,
    client_id      VARCHAR(120) NOT NULL,
    idp_client_id  VARCHAR(64)  NOT NULL,
    role           VARCHAR(40)  NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    created_by     VARCHAR(255) NOT NULL,
    CONSTRAINT integration_client_id_unique UNIQUE (client_id)
);

CREATE INDEX integration_client_tenant ON integration_client (tenant_id);
