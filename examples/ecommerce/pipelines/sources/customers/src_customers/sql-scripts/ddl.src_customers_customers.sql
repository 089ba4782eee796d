-- Source: latest state of each customer account. The primary key makes it an upsert table
-- (Confluent Cloud's default changelog mode for a table with a key), on a compacted topic.
CREATE TABLE IF NOT EXISTS src_customers_customers (
  customer_id INT NOT NULL,
  full_name STRING,
  email STRING,
  tier STRING,
  updated_at TIMESTAMP_LTZ(3),
  PRIMARY KEY (customer_id) NOT ENFORCED
) DISTRIBUTED BY HASH(customer_id) INTO 1 BUCKETS
WITH (
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.cleanup-policy' = 'compact'
);
