-- Alert rules made through the API (the rules file's are not stored). definition is the rule as
-- the API writes it (JSON); revision grows with every write, so monitors see when rules changed.
CREATE SEQUENCE alert_rule_revision;

CREATE TABLE alert_rule (
    name        VARCHAR(100) PRIMARY KEY,
    definition  TEXT NOT NULL,
    revision    BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Alerts that are pending, firing or resolved (an inactive alert has no row): a restarted monitor
-- neither fires them again nor forgets them. version guards writes: a change is written (and
-- announced) by exactly one monitor instance. severity and labels are the rule's when written.
CREATE TABLE alert_instance (
    environment     VARCHAR(200) NOT NULL,
    rule_name       VARCHAR(100) NOT NULL,
    target_kind     VARCHAR(16)  NOT NULL,
    target          VARCHAR(400) NOT NULL,
    fingerprint     VARCHAR(32)  NOT NULL UNIQUE,
    table_name      VARCHAR(400),
    product_name    VARCHAR(200),
    pool_id         VARCHAR(200),
    state           VARCHAR(16)  NOT NULL,
    active_since    TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at        TIMESTAMP WITH TIME ZONE,
    clear_since     TIMESTAMP WITH TIME ZONE,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    observed_value  TEXT,
    threshold       TEXT,
    severity        VARCHAR(16)  NOT NULL,
    labels          TEXT NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL,
    PRIMARY KEY (environment, rule_name, target_kind, target)
);

CREATE INDEX alert_instance_resolved ON alert_instance (resolved_at) WHERE state = 'RESOLVED';
