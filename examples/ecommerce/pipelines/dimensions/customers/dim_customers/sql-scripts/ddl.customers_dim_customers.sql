-- Dimension: one row per customer, account and address together.
-- Upsert table (compacted topic keyed by customer_id); changes of either side update the row.
CREATE TABLE IF NOT EXISTS customers_dim_customers (
  customer_id INT NOT NULL,
  full_name STRING,
  email STRING,
  tier STRING,
  country STRING,
  city STRING,
  updated_at TIMESTAMP(3),
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'customers_dim_customers',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'properties.group.id' = 'customers_dim_customers',
  'key.format' = 'avro-confluent',
  'key.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
