-- The transactional outbox of a shift-left service: messages written in the same transaction as
-- the state change that causes them, published to Kafka by the relay after commit.
-- Repeatable and idempotent, so every service lists this folder beside its own migrations.
CREATE TABLE IF NOT EXISTS outbox_message (
    id            BIGSERIAL PRIMARY KEY,
    topic         TEXT        NOT NULL,
    message_key   TEXT,
    value_type    TEXT        NOT NULL,
    value_bytes   BYTEA       NOT NULL,
    headers       TEXT        NOT NULL DEFAULT '',
    created_at    TIMESTAMPTZ NOT NULL,
    sent_at       TIMESTAMPTZ,
    attempts      INTEGER     NOT NULL DEFAULT 0,
    last_error    TEXT,
    dead          BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX IF NOT EXISTS outbox_message_unsent ON outbox_message (id) WHERE sent_at IS NULL AND NOT dead;
