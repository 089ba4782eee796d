-- Metric samples of statements and compute pools, kept for monitor.metrics.window.
CREATE TABLE statement_metric_sample (
    environment     VARCHAR(200) NOT NULL,
    statement_name  VARCHAR(200) NOT NULL,
    sampled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    records_in      BIGINT,
    records_out     BIGINT,
    pending_records BIGINT,
    backpressure    DOUBLE PRECISION,
    cfu_used        DOUBLE PRECISION
);

CREATE INDEX statement_metric_sample_recent
    ON statement_metric_sample (environment, statement_name, sampled_at DESC);
CREATE INDEX statement_metric_sample_age ON statement_metric_sample (sampled_at);

CREATE TABLE pool_sample (
    environment VARCHAR(200) NOT NULL,
    pool_id     VARCHAR(200) NOT NULL,
    sampled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    current_cfu INTEGER NOT NULL,
    max_cfu     INTEGER NOT NULL
);

CREATE INDEX pool_sample_recent ON pool_sample (environment, pool_id, sampled_at DESC);
CREATE INDEX pool_sample_age ON pool_sample (sampled_at);

-- Pools announced as saturated and not yet clear again, so each saturation is announced once.
CREATE TABLE pool_state (
    environment VARCHAR(200) NOT NULL,
    pool_id     VARCHAR(200) NOT NULL,
    saturated   BOOLEAN NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (environment, pool_id)
);
