-- The last known state of every managed statement, one row per environment and statement.
-- version guards writes: a change is written (and announced) by exactly one monitor instance.
CREATE TABLE tracked_statement (
    environment     VARCHAR(200) NOT NULL,
    statement_name  VARCHAR(200) NOT NULL,
    table_name      VARCHAR(400),
    product_name    VARCHAR(200),
    phase           VARCHAR(32)  NOT NULL,
    raw_phase       VARCHAR(64),
    detail          TEXT,
    platform_id     VARCHAR(200),
    compute_pool_id VARCHAR(200),
    sql_hash        VARCHAR(128),
    created_at      TIMESTAMP WITH TIME ZONE,
    phase_since     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    lag_high        BOOLEAN NOT NULL DEFAULT FALSE,
    version         BIGINT NOT NULL,
    PRIMARY KEY (environment, statement_name)
);

-- Each change of a statement, for its history in the API (purged after monitor.history-retention).
CREATE TABLE statement_change (
    environment    VARCHAR(200) NOT NULL,
    statement_name VARCHAR(200) NOT NULL,
    version        BIGINT NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    previous_phase VARCHAR(32),
    phase          VARCHAR(32) NOT NULL,
    detail         TEXT,
    event_type     VARCHAR(64),
    severity       VARCHAR(16),
    PRIMARY KEY (environment, statement_name, version)
);

CREATE INDEX statement_change_age ON statement_change (changed_at);

-- Environments whose first listing was recorded (it announces nothing: a new monitor is quiet).
CREATE TABLE environment_baseline (
    environment VARCHAR(200) PRIMARY KEY,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Out-of-order pairs announced and still standing, so each is announced once.
CREATE TABLE out_of_order_pair (
    environment      VARCHAR(200) NOT NULL,
    parent_statement VARCHAR(200) NOT NULL,
    child_statement  VARCHAR(200) NOT NULL,
    parent_table     VARCHAR(400),
    child_table      VARCHAR(400),
    since            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (environment, parent_statement, child_statement)
);
