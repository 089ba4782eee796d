-- The Apache Flink adapter's statement store, per environment: Flink has no statement resource, so
-- the deployer remembers each statement's SQL, job, savepoint and stop request here (ADR 0009: the
-- stored DDL is replayed into every new gateway session). created_nanos completes created_at, which
-- keeps microseconds only.
CREATE TABLE flink_statement (
    environment          VARCHAR(200) NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    sql_text             TEXT         NOT NULL,
    sql_hash             VARCHAR(64)  NOT NULL,
    kind                 VARCHAR(16)  NOT NULL,
    properties           TEXT         NOT NULL,
    labels               TEXT         NOT NULL,
    job_id               VARCHAR(64),
    savepoint_path       TEXT,
    stopped              BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_nanos        INTEGER      NOT NULL,
    savepoint_trigger_id VARCHAR(64),
    error                TEXT,
    PRIMARY KEY (environment, name)
);
