-- Training steering committees: programs (versioned content, modules), sessions, enrolments and attendance,
-- experience profiles, committee seats and meetings, feedback, decisions, journals, materials, reflection prompts.

CREATE SEQUENCE training_program_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_program (
    id                 BIGINT NOT NULL PRIMARY KEY,
    version            BIGINT DEFAULT 0 NOT NULL,
    code               VARCHAR(40) NOT NULL,
    title_fr           VARCHAR(300) NOT NULL,
    title_en           VARCHAR(300) NOT NULL,
    objectives         VARCHAR(4000),
    method             VARCHAR(2000),
    reference_material VARCHAR(4000),
    target_audience    VARCHAR(2000),
    content_version    INTEGER DEFAULT 1 NOT NULL,
    version_notes      VARCHAR(4000),
    needs_survey_id    BIGINT,
    reflection_days    VARCHAR(50),
    created_at         TIMESTAMP NOT NULL,
    CONSTRAINT uk_training_program_code UNIQUE (code),
    CONSTRAINT fk_program_needs_survey FOREIGN KEY (needs_survey_id) REFERENCES survey (id)
);

CREATE TABLE training_module (
    program_id       BIGINT NOT NULL,
    position         INTEGER NOT NULL,
    title_fr         VARCHAR(300) NOT NULL,
    title_en         VARCHAR(300),
    duration_minutes INTEGER NOT NULL,
    CONSTRAINT pk_training_module PRIMARY KEY (program_id, position),
    CONSTRAINT fk_module_program FOREIGN KEY (program_id) REFERENCES training_program (id) ON DELETE CASCADE
);

CREATE SEQUENCE training_session_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_session (
    id                     BIGINT NOT NULL PRIMARY KEY,
    version                BIGINT DEFAULT 0 NOT NULL,
    program_id             BIGINT NOT NULL,
    title                  VARCHAR(300) NOT NULL,
    kind                   VARCHAR(20) NOT NULL,
    status                 VARCHAR(30) NOT NULL,
    starts_on              DATE NOT NULL,
    ends_on                DATE NOT NULL,
    place                  VARCHAR(300),
    remote_link            VARCHAR(500),
    trainer_staff_id       BIGINT,
    trainer_name           VARCHAR(200),
    capacity               INTEGER NOT NULL,
    program_version        INTEGER,
    satisfaction_survey_id BIGINT,
    trainer_notes          VARCHAR(8000),
    ended_at               TIMESTAMP,
    CONSTRAINT fk_session_program FOREIGN KEY (program_id) REFERENCES training_program (id),
    CONSTRAINT fk_session_survey FOREIGN KEY (satisfaction_survey_id) REFERENCES survey (id),
    CONSTRAINT fk_session_trainer FOREIGN KEY (trainer_staff_id) REFERENCES staff_member (id),
    CONSTRAINT ck_session_kind CHECK (kind IN ('PILOT', 'REGULAR')),
    CONSTRAINT ck_session_status CHECK (status IN ('PLANNED', 'OPEN_FOR_ENROLMENT', 'RUNNING', 'DONE', 'CANCELLED'))
);
CREATE INDEX ix_session_program ON training_session (program_id);

CREATE SEQUENCE training_enrolment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_enrolment (
    id           BIGINT NOT NULL PRIMARY KEY,
    version      BIGINT DEFAULT 0 NOT NULL,
    session_id   BIGINT NOT NULL,
    staff_id     BIGINT NOT NULL,
    status       VARCHAR(20) NOT NULL,
    enrolled_at  TIMESTAMP NOT NULL,
    group_number INTEGER,
    CONSTRAINT uk_enrolment UNIQUE (session_id, staff_id),
    CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_enrolment_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('INVITED', 'REGISTERED', 'WAITING', 'CANCELLED'))
);

CREATE TABLE training_attendance (
    enrolment_id BIGINT NOT NULL,
    day          DATE NOT NULL,
    present      BOOLEAN NOT NULL,
    CONSTRAINT pk_training_attendance PRIMARY KEY (enrolment_id, day),
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES training_enrolment (id) ON DELETE CASCADE
);

CREATE SEQUENCE training_profile_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_profile (
    id                   BIGINT NOT NULL PRIMARY KEY,
    version              BIGINT DEFAULT 0 NOT NULL,
    program_id           BIGINT NOT NULL,
    staff_id             BIGINT NOT NULL,
    experience_band      VARCHAR(20),
    years_in_role        INTEGER,
    self_rated_knowledge INTEGER,
    updated_at           TIMESTAMP NOT NULL,
    CONSTRAINT uk_training_profile UNIQUE (program_id, staff_id),
    CONSTRAINT fk_profile_program FOREIGN KEY (program_id) REFERENCES training_program (id),
    CONSTRAINT fk_profile_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);

CREATE SEQUENCE training_committee_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_committee_member (
    id         BIGINT NOT NULL PRIMARY KEY,
    program_id BIGINT NOT NULL,
    staff_id   BIGINT NOT NULL,
    role       VARCHAR(40) NOT NULL,
    CONSTRAINT uk_committee_member UNIQUE (program_id, staff_id),
    CONSTRAINT fk_committee_program FOREIGN KEY (program_id) REFERENCES training_program (id),
    CONSTRAINT fk_committee_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT ck_committee_role CHECK (role IN ('SPONSOR', 'PARTICIPANT_REPRESENTATIVE'))
);

CREATE SEQUENCE training_meeting_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_meeting (
    id         BIGINT NOT NULL PRIMARY KEY,
    version    BIGINT DEFAULT 0 NOT NULL,
    program_id BIGINT NOT NULL,
    held_on    DATE NOT NULL,
    agenda     VARCHAR(4000),
    minutes    VARCHAR(8000),
    CONSTRAINT fk_meeting_program FOREIGN KEY (program_id) REFERENCES training_program (id)
);

CREATE SEQUENCE training_feedback_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_feedback (
    id               BIGINT NOT NULL PRIMARY KEY,
    session_id       BIGINT NOT NULL,
    source           VARCHAR(20) NOT NULL,
    theme            VARCHAR(200) NOT NULL,
    observation      VARCHAR(4000) NOT NULL,
    quote            VARCHAR(1000),
    suggested_change VARCHAR(2000),
    recorded_by      VARCHAR(100) NOT NULL,
    recorded_at      TIMESTAMP NOT NULL,
    CONSTRAINT fk_feedback_session FOREIGN KEY (session_id) REFERENCES training_session (id)
);
CREATE INDEX ix_feedback_session ON training_feedback (session_id);

CREATE SEQUENCE training_decision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_decision (
    id                     BIGINT NOT NULL PRIMARY KEY,
    version                BIGINT DEFAULT 0 NOT NULL,
    program_id             BIGINT NOT NULL,
    title                  VARCHAR(300) NOT NULL,
    description            VARCHAR(4000),
    kind                   VARCHAR(20) NOT NULL,
    status                 VARCHAR(20) NOT NULL,
    proposed_by            VARCHAR(100) NOT NULL,
    proposed_at            TIMESTAMP NOT NULL,
    decided_by             VARCHAR(100),
    decided_at             TIMESTAMP,
    implemented_version    INTEGER,
    implemented_session_id BIGINT,
    CONSTRAINT fk_decision_program FOREIGN KEY (program_id) REFERENCES training_program (id),
    CONSTRAINT fk_decision_session FOREIGN KEY (implemented_session_id) REFERENCES training_session (id),
    CONSTRAINT ck_decision_kind CHECK (kind IN ('CONTENT', 'FORMAT', 'DURATION', 'MATERIALS', 'GROUPING')),
    CONSTRAINT ck_decision_status CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'IMPLEMENTED'))
);

CREATE TABLE training_decision_feedback (
    decision_id BIGINT NOT NULL,
    feedback_id BIGINT NOT NULL,
    CONSTRAINT pk_decision_feedback PRIMARY KEY (decision_id, feedback_id),
    CONSTRAINT fk_df_decision FOREIGN KEY (decision_id) REFERENCES training_decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_df_feedback FOREIGN KEY (feedback_id) REFERENCES training_feedback (id)
);

CREATE SEQUENCE training_journal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_journal (
    id              BIGINT NOT NULL PRIMARY KEY,
    version         BIGINT DEFAULT 0 NOT NULL,
    session_id      BIGINT NOT NULL,
    author_staff_id BIGINT NOT NULL,
    written_at      TIMESTAMP NOT NULL,
    text            VARCHAR(8000) NOT NULL,
    sharing         VARCHAR(20) NOT NULL,
    CONSTRAINT fk_journal_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_journal_author FOREIGN KEY (author_staff_id) REFERENCES staff_member (id),
    CONSTRAINT ck_journal_sharing CHECK (sharing IN ('PRIVATE', 'TRAINER', 'GROUP'))
);
CREATE INDEX ix_journal_author ON training_journal (author_staff_id);

CREATE SEQUENCE training_material_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_material (
    id           BIGINT NOT NULL PRIMARY KEY,
    program_id   BIGINT NOT NULL,
    title        VARCHAR(300) NOT NULL,
    file_name    VARCHAR(300) NOT NULL,
    content_type VARCHAR(150) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    stored_as    VARCHAR(100) NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    uploaded_at  TIMESTAMP NOT NULL,
    CONSTRAINT fk_material_program FOREIGN KEY (program_id) REFERENCES training_program (id)
);

CREATE SEQUENCE training_reflection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_reflection (
    id         BIGINT NOT NULL PRIMARY KEY,
    session_id BIGINT NOT NULL,
    staff_id   BIGINT NOT NULL,
    days_after INTEGER NOT NULL,
    due_on     DATE NOT NULL,
    sent_at    TIMESTAMP,
    CONSTRAINT uk_reflection UNIQUE (session_id, staff_id, days_after),
    CONSTRAINT fk_reflection_session FOREIGN KEY (session_id) REFERENCES training_session (id)
);
CREATE INDEX ix_reflection_due ON training_reflection (due_on, sent_at);

ALTER TABLE survey ADD CONSTRAINT fk_survey_session FOREIGN KEY (training_session_id) REFERENCES training_session (id);
ALTER TABLE survey ADD CONSTRAINT fk_survey_program FOREIGN KEY (program_id) REFERENCES training_program (id);
