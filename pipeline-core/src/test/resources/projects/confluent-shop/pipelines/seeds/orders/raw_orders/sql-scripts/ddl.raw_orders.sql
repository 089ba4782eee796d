-- Seed: orders as the web shop publishes them, on a topic Confluent Cloud maps to a table.
-- Confluent Cloud style: no connector, a registry format, a topic setting.
CREATE TABLE IF NOT EXISTS raw_orders (
  order_id STRING,
  customer_id INT,
  amount DECIMAL(10, 2),
  currency STRING,
  order_ts TIMESTAMP_LTZ(3)
) WITH (
  'value.format' = 'json-registry',
  'kafka.cleanup-policy' = 'delete'
);
