-- Every event the notifier consumed, once per event id; deliveries are made from here.
CREATE TABLE inbox_event (
    event_id     UUID PRIMARY KEY,
    source       VARCHAR(16)  NOT NULL,
    type         VARCHAR(64)  NOT NULL,
    severity     VARCHAR(16)  NOT NULL,
    environment  VARCHAR(200) NOT NULL,
    table_name   VARCHAR(200),
    product_name VARCHAR(200),
    detail       TEXT,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX inbox_event_recent ON inbox_event (environment, occurred_at DESC);
