-- Intermediate: each order with its customer. Upsert: the row changes when the customer does.
CREATE TABLE IF NOT EXISTS int_orders_enriched (
  order_id STRING NOT NULL,
  customer_name STRING,
  tier STRING,
  amount DECIMAL(10, 2),
  currency STRING,
  order_ts TIMESTAMP_LTZ(3),
  CONSTRAINT pk_order PRIMARY KEY (order_id) NOT ENFORCED
) DISTRIBUTED BY HASH(order_id) INTO 3 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'value.avro-registry.schema-context' = '.flink-dev',
  'kafka.retention.time' = '0'
);
