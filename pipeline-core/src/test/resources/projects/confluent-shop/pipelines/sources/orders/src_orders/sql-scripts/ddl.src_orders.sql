/* Source: cleaned orders, keyed by order id.
   Append-only: each order is written once. */
CREATE TABLE IF NOT EXISTS src_orders (
  order_id STRING NOT NULL,
  customer_id INT,
  amount DECIMAL(10, 2), -- in the order's currency
  currency STRING,
  order_ts TIMESTAMP_LTZ(3),
  WATERMARK FOR order_ts AS order_ts - INTERVAL '5' SECOND
) DISTRIBUTED BY HASH(order_id) INTO 6 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'kafka.retention.time' = '7 d', -- a week is enough
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'scan.startup.mode' = 'earliest-offset'
);
