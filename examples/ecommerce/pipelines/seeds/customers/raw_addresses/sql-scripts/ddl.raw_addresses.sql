-- Seed: the raw topic raw_addresses, customer address changes keyed by customer.
-- The address service sends no time of its own: the time of a change is the time Kafka received
-- it, the record timestamp, which Confluent Cloud shows as the system column $rowtime.
-- No DML: the producers are outside the pipeline (on the local stack, examples/ecommerce/provisioning).
CREATE TABLE IF NOT EXISTS raw_addresses (
  customer_id INT,
  country_code INT,
  city STRING
) DISTRIBUTED BY HASH(customer_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '30 d'
);
