-- Intermediate: web and store orders in one stream, with the line amount. Append-only topic.
CREATE TABLE IF NOT EXISTS int_orders_all_orders (
  order_id STRING,
  channel STRING,
  store_id INT,
  customer_id INT,
  product_id INT,
  quantity INT,
  amount DECIMAL(12, 2),
  currency STRING,
  order_ts TIMESTAMP_LTZ(3),
  WATERMARK FOR order_ts AS order_ts - INTERVAL '5' SECOND
) DISTRIBUTED BY HASH(order_id) INTO 2 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '1 d'
);
