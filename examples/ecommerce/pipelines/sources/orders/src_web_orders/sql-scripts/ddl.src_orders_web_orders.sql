-- Source: web orders, cleaned and typed. Append-only topic.
CREATE TABLE IF NOT EXISTS src_orders_web_orders (
  order_id STRING,
  customer_id INT,
  product_id INT,
  quantity INT,
  unit_price DECIMAL(10, 2),
  currency STRING,
  order_ts TIMESTAMP(3),
  WATERMARK FOR order_ts AS order_ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'src_orders_web_orders',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'properties.group.id' = 'src_orders_web_orders',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'avro-confluent',
  'avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
