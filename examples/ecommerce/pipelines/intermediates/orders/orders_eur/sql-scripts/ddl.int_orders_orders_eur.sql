-- Intermediate: every order with its amount converted to EUR at the rate valid when it was placed.
-- Append-only topic: an event-time temporal join emits inserts only.
CREATE TABLE IF NOT EXISTS int_orders_orders_eur (
  order_id STRING,
  channel STRING,
  store_id INT,
  customer_id INT,
  product_id INT,
  quantity INT,
  amount DECIMAL(12, 2),
  currency STRING,
  rate_to_eur DECIMAL(10, 6),
  amount_eur DECIMAL(12, 2),
  order_ts TIMESTAMP_LTZ(3),
  WATERMARK FOR order_ts AS order_ts - INTERVAL '5' SECOND
) DISTRIBUTED BY HASH(order_id) INTO 2 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '1 d'
);
