-- Fact: each order with what is known of its customer (product customers).
-- Upsert table keyed by order_id: when the customer row arrives or changes, the order row is updated.
CREATE TABLE IF NOT EXISTS orders_fct_order_details (
  order_id STRING NOT NULL,
  channel STRING,
  store_id INT,
  order_ts TIMESTAMP(3),
  customer_id INT,
  customer_name STRING,
  customer_tier STRING,
  customer_country STRING,
  product_id INT,
  quantity INT,
  amount_eur DECIMAL(12, 2),
  PRIMARY KEY (order_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'orders_fct_order_details',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'properties.group.id' = 'orders_fct_order_details',
  'key.format' = 'avro-confluent',
  'key.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
