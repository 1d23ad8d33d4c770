-- Audit log of administrative changes, and the transactional mail outbox.

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(60) NOT NULL,
    entity_type  VARCHAR(60) NOT NULL,
    entity_id    VARCHAR(60),
    summary      VARCHAR(500),
    before_state VARCHAR(20000),
    after_state  VARCHAR(20000)
);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor);

CREATE SEQUENCE outbox_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_mail (
    id              BIGINT NOT NULL PRIMARY KEY,
    version         BIGINT DEFAULT 0 NOT NULL,
    recipient       VARCHAR(200) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body_text       VARCHAR(20000) NOT NULL,
    kind            VARCHAR(60) NOT NULL,
    reference       VARCHAR(100),
    status          VARCHAR(20) NOT NULL,
    attempts        INTEGER DEFAULT 0 NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    sent_at         TIMESTAMP,
    last_error      VARCHAR(1000),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'))
);
CREATE INDEX ix_outbox_due ON outbox_mail (status, next_attempt_at);
CREATE INDEX ix_outbox_reference ON outbox_mail (kind, reference);
