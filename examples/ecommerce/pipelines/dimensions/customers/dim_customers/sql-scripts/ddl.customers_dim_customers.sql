-- Dimension: one row per customer, account and address together.
-- Upsert table keyed by customer_id: a change of either side updates the row.
CREATE TABLE IF NOT EXISTS customers_dim_customers (
  customer_id INT NOT NULL,
  full_name STRING,
  email STRING,
  tier STRING,
  country STRING,
  city STRING,
  updated_at TIMESTAMP_LTZ(3),
  PRIMARY KEY (customer_id) NOT ENFORCED
) DISTRIBUTED BY HASH(customer_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'upsert',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.cleanup-policy' = 'compact'
);
