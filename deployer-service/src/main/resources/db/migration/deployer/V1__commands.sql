-- Every deployment command handled, once per command id, with its answer.
CREATE TABLE command (
    id             BIGSERIAL PRIMARY KEY,
    command_id     VARCHAR(200) NOT NULL UNIQUE,
    request_id     VARCHAR(200) NOT NULL,
    plan_id        VARCHAR(200) NOT NULL,
    step_id        VARCHAR(200) NOT NULL,
    environment    VARCHAR(200) NOT NULL,
    action         VARCHAR(32)  NOT NULL,
    statement_name VARCHAR(200) NOT NULL,
    outcome        VARCHAR(32)  NOT NULL,
    detail         TEXT,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX command_plan ON command (plan_id);
