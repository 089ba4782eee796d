-- LOCAL STACK ONLY: the feed's view of the topic raw_addresses, as the local adaptation declares
-- raw_addresses: Avro key (customer_id) and Avro value. No time column: the pipeline uses the
-- record timestamp ($rowtime), which the Kafka producer sets to the time of the write.
CREATE TABLE IF NOT EXISTS feed_raw_addresses (
  customer_id INT,
  country_code INT,
  city STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'raw_addresses',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'key.format' = 'avro-confluent',
  'key.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7',
  'key.fields' = 'customer_id',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
