-- Source: latest state of each customer account. Upsert table (compacted topic keyed by customer_id).
CREATE TABLE IF NOT EXISTS src_customers_customers (
  customer_id INT NOT NULL,
  full_name STRING,
  email STRING,
  tier STRING,
  updated_at TIMESTAMP(3),
  PRIMARY KEY (customer_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'src_customers_customers',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'properties.group.id' = 'src_customers_customers',
  'key.format' = 'avro-confluent',
  'key.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
