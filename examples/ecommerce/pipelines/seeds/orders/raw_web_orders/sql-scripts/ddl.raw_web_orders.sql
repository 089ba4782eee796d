-- Seed: the raw topic raw_web_orders, where the web front end publishes one event per order.
-- Confluent Cloud shows a topic with a registered Avro value schema as a table; this DDL declares
-- the same table, so that an empty environment gets the topic and its schema too.
-- No DML: the producers are outside the pipeline (on the local stack, examples/ecommerce/provisioning).
-- quantity can be 0: the source filters those orders out.
CREATE TABLE IF NOT EXISTS raw_web_orders (
  order_id BIGINT,
  customer_id INT,
  product_id INT,
  quantity INT,
  unit_price DECIMAL(10, 2),
  currency_code INT,
  order_ts TIMESTAMP_LTZ(3)
) WITH (
  'changelog.mode' = 'append',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '7 d'
);
