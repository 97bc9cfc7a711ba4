-- What the public directory shows: per provider, the top three priorities of its latest accepted plan, copied
-- at acceptance. Only these fields are ever copied, so contact details cannot reach the public pages.
CREATE TABLE published_pledge (
    tenant_id          VARCHAR(63)   NOT NULL PRIMARY KEY REFERENCES tenant (id),
    organisation_name  VARCHAR(200)  NOT NULL,
    sector             VARCHAR(120)  NOT NULL,
    cycle_start        DATE          NOT NULL,
    priorities         VARCHAR(8000) NOT NULL,
    published_at       TIMESTAMP     NOT NULL
);
