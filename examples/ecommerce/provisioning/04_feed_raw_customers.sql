-- LOCAL STACK ONLY: the feed's view of the topic raw_customers, as the local adaptation declares
-- raw_customers: Avro key (customer_id, from DISTRIBUTED BY) and Avro value through the registry.
CREATE TABLE IF NOT EXISTS feed_raw_customers (
  customer_id INT,
  first_name STRING,
  last_name STRING,
  tier_code INT,
  updated_at TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'topic' = 'raw_customers',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'key.format' = 'avro-confluent',
  'key.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7',
  'key.fields' = 'customer_id',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
