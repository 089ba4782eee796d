-- Fact: each order with what is known of its customer (product customers).
-- Upsert table keyed by order_id: when the customer row arrives or changes, the order row is updated.
CREATE TABLE IF NOT EXISTS orders_fct_order_details (
  order_id STRING NOT NULL,
  channel STRING,
  store_id INT,
  order_ts TIMESTAMP_LTZ(3),
  customer_id INT,
  customer_name STRING,
  customer_tier STRING,
  customer_country STRING,
  product_id INT,
  quantity INT,
  amount_eur DECIMAL(12, 2),
  PRIMARY KEY (order_id) NOT ENFORCED
) DISTRIBUTED BY HASH(order_id) INTO 2 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '30 d'
);
