-- Deploy and undeploy requests, one row per request id, with the intake decision.
CREATE TABLE deploy_request (
    id           BIGSERIAL PRIMARY KEY,
    request_id   VARCHAR(200) NOT NULL UNIQUE,
    event_id     UUID         NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    environment  VARCHAR(200) NOT NULL,
    requested_by VARCHAR(200),
    tables       TEXT         NOT NULL,
    product      VARCHAR(200),
    directory    TEXT,
    accepted     BOOLEAN      NOT NULL,
    reason       TEXT,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX deploy_request_environment ON deploy_request (environment, received_at);
