-- Feedback surveys: questionnaires (questions kept as JSON), invitations with personal tokens, and responses whose
-- answers are counted in SQL. Anonymous responses carry no link to an invitation or a person.

CREATE SEQUENCE survey_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE survey (
    id                   BIGINT NOT NULL PRIMARY KEY,
    version              BIGINT DEFAULT 0 NOT NULL,
    title_fr             VARCHAR(300) NOT NULL,
    title_en             VARCHAR(300) NOT NULL,
    intro_fr             VARCHAR(4000),
    intro_en             VARCHAR(4000),
    kind                 VARCHAR(30) NOT NULL,
    access_mode          VARCHAR(30) NOT NULL,
    status               VARCHAR(20) NOT NULL,
    structure_json       VARCHAR(400000) NOT NULL,
    structure_version    INTEGER DEFAULT 1 NOT NULL,
    based_on_id          BIGINT,
    opens_at             TIMESTAMP,
    closes_at            TIMESTAMP,
    opened_at            TIMESTAMP,
    closed_at            TIMESTAMP,
    first_response_at    TIMESTAMP,
    anonymity_threshold  INTEGER DEFAULT 5 NOT NULL,
    reminder_days        VARCHAR(50),
    retention_months     INTEGER DEFAULT 24 NOT NULL,
    retention_action     VARCHAR(30) NOT NULL,
    retention_applied_at TIMESTAMP,
    results_sharing      VARCHAR(20) NOT NULL,
    comments_reviewed    BOOLEAN DEFAULT FALSE NOT NULL,
    training_session_id  BIGINT,
    program_id           BIGINT,
    created_by           VARCHAR(100) NOT NULL,
    created_at           TIMESTAMP NOT NULL,
    CONSTRAINT fk_survey_based_on FOREIGN KEY (based_on_id) REFERENCES survey (id),
    CONSTRAINT ck_survey_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')),
    CONSTRAINT ck_survey_access CHECK (access_mode IN ('OPEN_TO_STAFF', 'LINK_IDENTIFIED', 'LINK_ANONYMOUS'))
);
CREATE INDEX ix_survey_status ON survey (status);
CREATE INDEX ix_survey_session ON survey (training_session_id);

CREATE SEQUENCE survey_invitation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE survey_invitation (
    id                  BIGINT NOT NULL PRIMARY KEY,
    version             BIGINT DEFAULT 0 NOT NULL,
    survey_id           BIGINT NOT NULL,
    staff_id            BIGINT,
    email               VARCHAR(200) NOT NULL,
    display_name        VARCHAR(200),
    locale              VARCHAR(5),
    token               VARCHAR(64) NOT NULL,
    status              VARCHAR(20) NOT NULL,
    invited_at          TIMESTAMP NOT NULL,
    mailed_at           TIMESTAMP,
    last_reminded_at    TIMESTAMP,
    reminder_count      INTEGER DEFAULT 0 NOT NULL,
    answered_at         TIMESTAMP,
    training_session_id BIGINT,
    draft_json          VARCHAR(400000),
    draft_saved_at      TIMESTAMP,
    CONSTRAINT uk_invitation_token UNIQUE (token),
    CONSTRAINT uk_invitation_email UNIQUE (survey_id, email),
    CONSTRAINT fk_invitation_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_invitation_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT ck_invitation_status CHECK (status IN ('INVITED', 'ANSWERED', 'WITHDRAWN'))
);
CREATE INDEX ix_invitation_survey_status ON survey_invitation (survey_id, status);
CREATE INDEX ix_invitation_staff ON survey_invitation (staff_id);

CREATE TABLE survey_response (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    survey_id           BIGINT NOT NULL,
    submitted_on        DATE NOT NULL,
    language            VARCHAR(5),
    staff_id            BIGINT,
    invitation_id       BIGINT,
    unit_code           VARCHAR(40),
    category            VARCHAR(20),
    experience_band     VARCHAR(20),
    training_session_id BIGINT,
    CONSTRAINT fk_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_response_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT fk_response_invitation FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id)
);
CREATE INDEX ix_response_survey ON survey_response (survey_id);
ALTER TABLE survey_response ADD CONSTRAINT uk_response_staff UNIQUE (survey_id, staff_id);

CREATE TABLE survey_answer (
    response_id   VARCHAR(36) NOT NULL,
    question_code VARCHAR(40) NOT NULL,
    item_code     VARCHAR(40) NOT NULL,
    option_code   VARCHAR(40) NOT NULL,
    survey_id     BIGINT NOT NULL,
    number_value  DOUBLE PRECISION,
    text_value    VARCHAR(4000),
    hidden        BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_survey_answer PRIMARY KEY (response_id, question_code, item_code, option_code),
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id) ON DELETE CASCADE
);
CREATE INDEX ix_answer_survey_question ON survey_answer (survey_id, question_code, item_code, option_code);
