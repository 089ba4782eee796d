-- Source: current address of each customer. The primary key makes it an upsert table
-- (Confluent Cloud's default changelog mode for a table with a key), on a compacted topic.
CREATE TABLE IF NOT EXISTS src_customers_addresses (
  customer_id INT NOT NULL,
  country STRING,
  city STRING,
  updated_at TIMESTAMP_LTZ(3),
  PRIMARY KEY (customer_id) NOT ENFORCED
) DISTRIBUTED BY HASH(customer_id) INTO 1 BUCKETS
WITH (
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.cleanup-policy' = 'compact'
);
