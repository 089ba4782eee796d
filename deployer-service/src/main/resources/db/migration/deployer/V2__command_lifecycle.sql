-- Commands live through RECEIVED -> ACTING -> DONE and keep everything needed to act on them again
-- after a restart; the answer (outcome, phase, detail, platform id, times) is filled in at DONE.
ALTER TABLE command
    ADD COLUMN state           VARCHAR(16)  NOT NULL DEFAULT 'DONE',
    ADD COLUMN table_name      VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN sql_text        TEXT,
    ADD COLUMN sql_hash        VARCHAR(64),
    ADD COLUMN compute_pool_id VARCHAR(200),
    ADD COLUMN properties      TEXT         NOT NULL DEFAULT '{}',
    ADD COLUMN drop_table      BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN timeout_millis  BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN attempt         INTEGER      NOT NULL DEFAULT 1,
    ADD COLUMN phase           VARCHAR(32),
    ADD COLUMN platform_id     VARCHAR(200),
    ADD COLUMN received_at     TIMESTAMP WITH TIME ZONE;

ALTER TABLE command
    ALTER COLUMN outcome DROP NOT NULL,
    ALTER COLUMN started_at DROP NOT NULL,
    ALTER COLUMN finished_at DROP NOT NULL,
    ALTER COLUMN state DROP DEFAULT;

-- What a starting deployer resumes.
CREATE INDEX command_unfinished ON command (id) WHERE state <> 'DONE';
