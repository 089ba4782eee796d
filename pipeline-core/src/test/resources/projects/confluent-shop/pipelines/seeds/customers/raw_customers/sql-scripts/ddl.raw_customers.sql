-- Seed: customer changes from the CRM; its time is the Kafka record's timestamp ($rowtime).
CREATE TABLE IF NOT EXISTS raw_customers (
  customer_id INT,
  name STRING,
  tier STRING,
  WATERMARK FOR $rowtime AS $rowtime - INTERVAL '10' SECOND
) WITH (
  'value.format' = 'avro-registry'
);
