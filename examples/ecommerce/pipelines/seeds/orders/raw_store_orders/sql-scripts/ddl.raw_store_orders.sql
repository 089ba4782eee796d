-- Seed: the raw topic raw_store_orders, point-of-sale tickets from the physical stores.
-- The tills key their messages by store (Avro key and value, schemas in the registry).
-- No DML: the producers are outside the pipeline (on the local stack, examples/ecommerce/provisioning).
CREATE TABLE IF NOT EXISTS raw_store_orders (
  ticket_id BIGINT,
  store_id INT,
  customer_id INT,
  product_id INT,
  quantity INT,
  unit_price DECIMAL(10, 2),
  currency_code INT,
  sold_at TIMESTAMP_LTZ(3)
) DISTRIBUTED BY HASH(store_id) INTO 1 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.retention.time' = '7 d'
);
