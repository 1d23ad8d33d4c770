-- Access for every staff member: an account can exist before its owner has chosen a password, and one-time links
-- sent by mail let them choose one (activation) or a new one when it is forgotten (reset). Only the SHA-256 of a
-- link's secret is kept, so neither the database nor its backups can be used to sign in.

ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;

CREATE SEQUENCE access_link_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE access_link (
    id          BIGINT NOT NULL PRIMARY KEY,
    account_id  BIGINT NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    created_by  VARCHAR(100),
    expires_at  TIMESTAMP NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT uk_access_link_token UNIQUE (token_hash),
    CONSTRAINT fk_access_link_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_access_link_purpose CHECK (purpose IN ('ACTIVATION', 'RESET'))
);
CREATE INDEX ix_access_link_account ON access_link (account_id);
