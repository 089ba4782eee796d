-- Source: web orders, cleaned and typed. Append-only topic keyed by order id.
CREATE TABLE IF NOT EXISTS src_orders_web_orders (
  order_id STRING,
  customer_id INT,
  product_id INT,
  quantity INT,
  unit_price DECIMAL(10, 2),
  currency STRING,
  order_ts TIMESTAMP_LTZ(3),
  WATERMARK FOR order_ts AS order_ts - INTERVAL '5' SECOND
) DISTRIBUTED BY HASH(order_id) INTO 2 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '7 d'
);
