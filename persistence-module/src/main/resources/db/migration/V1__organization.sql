-- Organisation: the tree of units (head office, regional delegations, departments, labs) and the staff directory.

CREATE TABLE app_setting (
    name          VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(2000)
);

CREATE SEQUENCE org_unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE org_unit (
    id        BIGINT NOT NULL PRIMARY KEY,
    version   BIGINT DEFAULT 0 NOT NULL,
    code      VARCHAR(40) NOT NULL,
    name_fr   VARCHAR(200) NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    parent_id BIGINT,
    region    VARCHAR(100),
    path      VARCHAR(1000) NOT NULL,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT ck_org_unit_kind CHECK (kind IN ('HEAD_OFFICE', 'REGIONAL_DELEGATION', 'DEPARTMENT', 'LAB'))
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);
CREATE INDEX ix_org_unit_path ON org_unit (path);

CREATE SEQUENCE staff_member_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE staff_member (
    id              BIGINT NOT NULL PRIMARY KEY,
    version         BIGINT DEFAULT 0 NOT NULL,
    employee_number VARCHAR(20) NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    email           VARCHAR(200) NOT NULL,
    category        VARCHAR(20) NOT NULL,
    contract_type   VARCHAR(20) NOT NULL,
    hire_date       DATE NOT NULL,
    contract_end    DATE,
    job_title       VARCHAR(200),
    unit_id         BIGINT NOT NULL,
    manager_id      BIGINT,
    active          BOOLEAN DEFAULT TRUE NOT NULL,
    search_key      VARCHAR(500) NOT NULL,
    CONSTRAINT uk_staff_employee_number UNIQUE (employee_number),
    CONSTRAINT uk_staff_email UNIQUE (email),
    CONSTRAINT fk_staff_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_staff_manager FOREIGN KEY (manager_id) REFERENCES staff_member (id),
    CONSTRAINT ck_staff_category CHECK (category IN ('RESEARCHER', 'ENGINEER', 'ADMINISTRATIVE')),
    CONSTRAINT ck_staff_contract CHECK (contract_type IN ('PERMANENT', 'FIXED_TERM'))
);
CREATE INDEX ix_staff_unit ON staff_member (unit_id);
CREATE INDEX ix_staff_manager ON staff_member (manager_id);
CREATE INDEX ix_staff_last_name ON staff_member (last_name, first_name);
