-- Seed: customer address changes.
-- Backed by the datagen connector, so the demo needs no external system. No Kafka topic, no DML.
CREATE TABLE IF NOT EXISTS raw_addresses (
  customer_id INT,
  country_code INT,
  city STRING,
  updated_at TIMESTAMP(3)
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1',
  'fields.customer_id.min' = '1',
  'fields.customer_id.max' = '50',
  'fields.country_code.min' = '1',
  'fields.country_code.max' = '4',
  'fields.city.length' = '8'
);
