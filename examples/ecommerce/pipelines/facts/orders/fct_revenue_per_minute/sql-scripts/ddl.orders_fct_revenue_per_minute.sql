-- Fact: orders and revenue in EUR per channel and per one-minute tumbling window.
-- Append-only topic: a window aggregation emits each window once, when the watermark passes its end.
CREATE TABLE IF NOT EXISTS orders_fct_revenue_per_minute (
  window_start TIMESTAMP(3),
  window_end TIMESTAMP(3),
  channel STRING,
  order_count BIGINT,
  units BIGINT,
  revenue_eur DECIMAL(14, 2)
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders_fct_revenue_per_minute',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'properties.group.id' = 'orders_fct_revenue_per_minute',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'avro-confluent',
  'avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
