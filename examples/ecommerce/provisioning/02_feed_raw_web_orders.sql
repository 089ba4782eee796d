-- LOCAL STACK ONLY: the feed's view of the topic raw_web_orders. Same columns, key and formats as
-- the table raw_web_orders once adapted for the local environment (no key, Avro value through the
-- registry; TIMESTAMP_LTZ is written as TIMESTAMP, both Avro timestamp-millis), so the pipeline
-- reads what the feed writes. A name of its own, so it can live in the pipeline's session.
CREATE TABLE IF NOT EXISTS feed_raw_web_orders (
  order_id BIGINT,
  customer_id INT,
  product_id INT,
  quantity INT,
  unit_price DECIMAL(10, 2),
  currency_code INT,
  order_ts TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'topic' = 'raw_web_orders',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
