-- The tenant's document library: documents with their metadata and board approval, their immutable versions
-- (bytes in the file store under their SHA-256, extracted text here for search), and policy coverage.
CREATE TABLE document (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id              VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    title                  VARCHAR(200)  NOT NULL,
    kind                   VARCHAR(40)   NOT NULL,
    owner                  VARCHAR(255)  NOT NULL,
    domains                VARCHAR(400)  NOT NULL,
    effective_date         DATE,
    next_review_date       DATE,
    status                 VARCHAR(20)   NOT NULL,
    approved_on            DATE,
    approving_body         VARCHAR(200),
    minute_reference       VARCHAR(100),
    executive_lead         VARCHAR(200),
    non_executive_lead     VARCHAR(200),
    lived_experience       BOOLEAN       NOT NULL,
    lived_experience_note  VARCHAR(1000),
    updated_at             TIMESTAMP     NOT NULL,
    updated_by             VARCHAR(255)  NOT NULL,
    version                BIGINT        NOT NULL
);

CREATE INDEX document_tenant ON document (tenant_id, title);

CREATE TABLE document_version (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id      VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    document_id    VARCHAR(36)   NOT NULL REFERENCES document (id),
    number         INTEGER       NOT NULL,
    version_label  VARCHAR(40),
    file_name      VARCHAR(255)  NOT NULL,
    media_type     VARCHAR(120)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    text_state     VARCHAR(20)   NOT NULL,
    text_content   TEXT          NOT NULL,
    text_length    INTEGER       NOT NULL,
    uploaded_at    TIMESTAMP     NOT NULL,
    uploaded_by    VARCHAR(255)  NOT NULL,
    CONSTRAINT document_version_number_unique UNIQUE (document_id, number)
);

CREATE INDEX document_version_document ON document_version (tenant_id, document_id);

CREATE TABLE policy_coverage (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(63)   NOT NULL REFERENCES tenant (id),
    exemplar_number  INTEGER       NOT NULL,
    document_id      VARCHAR(36)   REFERENCES document (id),
    rationale        VARCHAR(1000),
    updated_at       TIMESTAMP     NOT NULL,
    updated_by       VARCHAR(255)  NOT NULL,
    CONSTRAINT policy_coverage_unique UNIQUE (tenant_id, exemplar_number)
);
