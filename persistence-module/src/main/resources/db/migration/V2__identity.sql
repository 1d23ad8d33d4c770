-- Identity: accounts with PBKDF2 password hashes, their roles, and API bearer tokens (stored as SHA-256 only).

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account (
    id                  BIGINT NOT NULL PRIMARY KEY,
    version             BIGINT DEFAULT 0 NOT NULL,
    username            VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(500) NOT NULL,
    staff_id            BIGINT,
    display_name        VARCHAR(200) NOT NULL,
    locale              VARCHAR(5) DEFAULT 'fr' NOT NULL,
    enabled             BOOLEAN DEFAULT TRUE NOT NULL,
    failed_attempts     INTEGER DEFAULT 0 NOT NULL,
    locked_until        TIMESTAMP,
    last_login_at       TIMESTAMP,
    password_changed_at TIMESTAMP,
    CONSTRAINT uk_account_username UNIQUE (username),
    CONSTRAINT uk_account_staff UNIQUE (staff_id),
    CONSTRAINT fk_account_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL,
    role       VARCHAR(30) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('STAFF', 'MANAGER', 'HR_ADMIN', 'COMMITTEE_MEMBER'))
);

CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE api_token (
    id           BIGINT NOT NULL PRIMARY KEY,
    account_id   BIGINT NOT NULL,
    label        VARCHAR(200) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    revoked_at   TIMESTAMP,
    last_used_at TIMESTAMP,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
