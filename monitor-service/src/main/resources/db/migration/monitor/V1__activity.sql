-- Deployment events seen by the monitor, once per event id.
CREATE TABLE deployment_activity (
    event_id       UUID PRIMARY KEY,
    request_id     VARCHAR(200) NOT NULL,
    plan_id        VARCHAR(200),
    environment    VARCHAR(200) NOT NULL,
    type           VARCHAR(64)  NOT NULL,
    statement_name VARCHAR(200),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX deployment_activity_recent ON deployment_activity (environment, occurred_at DESC);
