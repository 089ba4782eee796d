-- The statements shift-left deployed, learned from deployment-commands and command-results.
CREATE TABLE catalog_statement (
    environment     VARCHAR(200) NOT NULL,
    statement_name  VARCHAR(200) NOT NULL,
    table_name      VARCHAR(400),
    product_name    VARCHAR(200),
    sql_text        TEXT,
    sql_hash        VARCHAR(128),
    last_action     VARCHAR(32),
    last_command_id VARCHAR(200),
    last_outcome    VARCHAR(32),
    job_id          VARCHAR(200),
    stopped         BOOLEAN NOT NULL DEFAULT FALSE,
    error           TEXT,
    deployed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    present         BOOLEAN NOT NULL DEFAULT TRUE,
    PRIMARY KEY (environment, statement_name)
);
