-- When a person's roles or membership were last changed through the product: sessions and tokens that record the
-- person's roles from before then are refused (platform-owned; a person is keyed by their Keycloak user id).
CREATE TABLE access_change (
    subject     VARCHAR(64)  NOT NULL PRIMARY KEY,
    username    VARCHAR(255) NOT NULL,
    changed_at  TIMESTAMP    NOT NULL,
    changed_by  VARCHAR(255) NOT NULL
);
