-- Seed: customer account changes (creation or update), as a CRM would emit them.
-- Backed by the datagen connector, so the demo needs no external system. No Kafka topic, no DML.
CREATE TABLE IF NOT EXISTS raw_customers (
  customer_id INT,
  first_name STRING,
  last_name STRING,
  tier_code INT,
  updated_at TIMESTAMP(3)
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1',
  'fields.customer_id.min' = '1',
  'fields.customer_id.max' = '50',
  'fields.first_name.length' = '6',
  'fields.last_name.length' = '8',
  'fields.tier_code.min' = '1',
  'fields.tier_code.max' = '3'
);
