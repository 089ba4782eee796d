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
  'changelog.mode' = 'append',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '90 d'
);
