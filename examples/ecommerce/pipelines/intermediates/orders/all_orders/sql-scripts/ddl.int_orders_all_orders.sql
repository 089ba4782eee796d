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
  order_ts TIMESTAMP(3),
  WATERMARK FOR order_ts AS order_ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'int_orders_all_orders',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'properties.group.id' = 'int_orders_all_orders',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'avro-confluent',
  'avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
