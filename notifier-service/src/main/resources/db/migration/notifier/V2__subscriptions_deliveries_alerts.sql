-- The event as webhooks carry it (JSON), so a range can be replayed to a subscription that missed it.
ALTER TABLE inbox_event ADD COLUMN statement_name VARCHAR(400);
ALTER TABLE inbox_event ADD COLUMN payload TEXT;
CREATE INDEX inbox_event_received ON inbox_event (received_at);

-- Who wants which events, where. Credentials (target, secrets, routing key) are sealed (AES-GCM).
CREATE TABLE subscription (
    id                          UUID PRIMARY KEY,
    channel                     VARCHAR(16)  NOT NULL,
    target_display              TEXT         NOT NULL,
    description                 TEXT,
    filter_json                 TEXT         NOT NULL,
    grouping_json               TEXT         NOT NULL,
    enabled                     BOOLEAN      NOT NULL,
    disabled_reason             TEXT,
    disabled_at                 TIMESTAMP WITH TIME ZONE,
    failing_since               TIMESTAMP WITH TIME ZONE,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    target_sealed               TEXT         NOT NULL,
    secret_sealed               TEXT         NOT NULL,
    previous_secret_sealed      TEXT,
    previous_secret_expires_at  TIMESTAMP WITH TIME ZONE,
    routing_key_sealed          TEXT
);

-- One message to one subscription. Its id is the webhook-id (stable across retries and replays).
-- PENDING rows are due at next_attempt_at; a claim moves next_attempt_at one lease ahead, so the
-- deliveries of an instance that died become due again by themselves.
CREATE TABLE delivery (
    id                 UUID PRIMARY KEY,
    subscription_id    UUID         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    event_id           UUID,
    kind               VARCHAR(16)  NOT NULL,
    event_type         VARCHAR(120) NOT NULL,
    payload            TEXT         NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    attempts           INTEGER      NOT NULL DEFAULT 0,
    schedule_step      INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_token        UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    event_occurred_at  TIMESTAMP WITH TIME ZONE,
    first_attempt_at   TIMESTAMP WITH TIME ZONE,
    last_attempt_at    TIMESTAMP WITH TIME ZONE,
    last_status_code   INTEGER,
    last_latency_ms    INTEGER,
    last_error         TEXT,
    finished_at        TIMESTAMP WITH TIME ZONE,
    replays            INTEGER      NOT NULL DEFAULT 0
);

CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_by_subscription ON delivery (subscription_id, created_at DESC);
CREATE INDEX delivery_by_status ON delivery (status, created_at DESC);

-- Every attempt of a delivery: the delivery log.
CREATE TABLE delivery_attempt (
    delivery_id   UUID         NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    attempt       INTEGER      NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    latency_ms    INTEGER      NOT NULL,
    status_code   INTEGER,
    outcome       VARCHAR(16)  NOT NULL,
    error         TEXT,
    PRIMARY KEY (delivery_id, attempt)
);

-- Alert groups per subscription (Alertmanager's aggregation groups), due at next_flush_at.
CREATE TABLE alert_group (
    subscription_id   UUID         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    group_key         TEXT         NOT NULL,
    labels_json       TEXT         NOT NULL,
    next_flush_at     TIMESTAMP WITH TIME ZONE,
    last_notified_at  TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subscription_id, group_key)
);

CREATE INDEX alert_group_due ON alert_group (next_flush_at) WHERE next_flush_at IS NOT NULL;

-- The alerts of each group: one row per fingerprint, its state and what was last notified.
CREATE TABLE alert (
    subscription_id  UUID         NOT NULL,
    fingerprint      TEXT         NOT NULL,
    group_key        TEXT         NOT NULL,
    name             VARCHAR(200) NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    one_shot         BOOLEAN      NOT NULL,
    severity         VARCHAR(16)  NOT NULL,
    labels_json      TEXT         NOT NULL,
    summary          TEXT,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    notified_status  VARCHAR(16),
    notified_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (subscription_id, fingerprint),
    FOREIGN KEY (subscription_id, group_key) REFERENCES alert_group (subscription_id, group_key)
        ON DELETE CASCADE
);

CREATE INDEX alert_by_group ON alert (subscription_id, group_key);

-- Silences: matchers on alert labels and a time window. Those of planned deployments carry the
-- deployment's key, so its end closes them.
CREATE TABLE silence (
    id              UUID PRIMARY KEY,
    matchers_json   TEXT         NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    comment         TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    deployment_key  VARCHAR(400) UNIQUE
);

CREATE INDEX silence_active ON silence (ends_at);
