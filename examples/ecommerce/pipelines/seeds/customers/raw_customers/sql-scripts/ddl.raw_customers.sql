-- Seed: the raw topic raw_customers, customer account changes (creation or update) as the CRM
-- publishes them, keyed by customer. Every change is an event: the topic is append-only.
-- No DML: the producers are outside the pipeline (on the local stack, examples/ecommerce/provisioning).
CREATE TABLE IF NOT EXISTS raw_customers (
  customer_id INT,
  first_name STRING,
  last_name STRING,
  tier_code INT,
  updated_at TIMESTAMP_LTZ(3)
) DISTRIBUTED BY HASH(customer_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '30 d'
);
