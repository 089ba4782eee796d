-- Plans, their steps and commands, every command sent with its result, and the latest statement
-- states reported by the monitor.

ALTER TABLE deploy_request ADD COLUMN plan_id VARCHAR(64);
ALTER TABLE deploy_request ADD COLUMN options TEXT NOT NULL DEFAULT '';

CREATE TABLE plan (
    plan_id        VARCHAR(64)  PRIMARY KEY,
    request_id     VARCHAR(200) NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    environment    VARCHAR(200) NOT NULL,
    status         VARCHAR(24)  NOT NULL,
    detail         TEXT,
    max_parallel   INTEGER      NOT NULL,
    failure_policy VARCHAR(32)  NOT NULL,
    start_table    VARCHAR(300),
    tables         TEXT         NOT NULL,
    summary        TEXT         NOT NULL,
    execution_plan TEXT,
    runs           INTEGER      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plan_status ON plan (status);
CREATE INDEX plan_request ON plan (request_id);

CREATE TABLE plan_step (
    plan_id       VARCHAR(64)  NOT NULL REFERENCES plan (plan_id),
    step_index    INTEGER      NOT NULL,
    table_name    VARCHAR(300) NOT NULL,
    product_name  VARCHAR(200),
    kind          VARCHAR(32)  NOT NULL,
    reason        VARCHAR(32),
    wave          INTEGER      NOT NULL,
    depends_on    TEXT         NOT NULL,
    actions       TEXT         NOT NULL,
    ddl_statement VARCHAR(300),
    dml_statement VARCHAR(300),
    sql_hash      VARCHAR(64),
    compute_pool  VARCHAR(200),
    state         VARCHAR(24)  NOT NULL,
    next_command  INTEGER      NOT NULL,
    attempt       INTEGER      NOT NULL,
    detail        TEXT,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (plan_id, step_index)
);
CREATE INDEX plan_step_table ON plan_step (table_name);

CREATE TABLE plan_command (
    plan_id        VARCHAR(64)  NOT NULL,
    step_index     INTEGER      NOT NULL,
    command_index  INTEGER      NOT NULL,
    action         VARCHAR(24)  NOT NULL,
    statement_name VARCHAR(300) NOT NULL,
    sql_text       TEXT,
    sql_hash       VARCHAR(64),
    properties     TEXT         NOT NULL,
    drop_table     BOOLEAN      NOT NULL,
    compute_pool   VARCHAR(200),
    PRIMARY KEY (plan_id, step_index, command_index),
    FOREIGN KEY (plan_id, step_index) REFERENCES plan_step (plan_id, step_index)
);

CREATE TABLE command_emission (
    command_id    VARCHAR(64)  PRIMARY KEY,
    plan_id       VARCHAR(64)  NOT NULL REFERENCES plan (plan_id),
    step_index    INTEGER      NOT NULL,
    command_index INTEGER      NOT NULL,
    attempt       INTEGER      NOT NULL,
    emitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(24),
    phase         VARCHAR(24),
    detail        TEXT,
    answered_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX command_emission_step ON command_emission (plan_id, step_index);
CREATE INDEX command_emission_open ON command_emission (deadline) WHERE outcome IS NULL;

CREATE TABLE statement_status (
    environment     VARCHAR(200) NOT NULL,
    statement_name  VARCHAR(300) NOT NULL,
    table_name      VARCHAR(300),
    phase           VARCHAR(24)  NOT NULL,
    compute_pool_id VARCHAR(200),
    sql_hash        VARCHAR(64),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (environment, statement_name)
);
