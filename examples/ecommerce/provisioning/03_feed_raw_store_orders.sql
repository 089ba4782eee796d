-- LOCAL STACK ONLY: the feed's view of the topic raw_store_orders, as the local adaptation declares
-- raw_store_orders: Avro key (store_id, from DISTRIBUTED BY) and Avro value through the registry.
CREATE TABLE IF NOT EXISTS feed_raw_store_orders (
  ticket_id BIGINT,
  store_id INT,
  customer_id INT,
  product_id INT,
  quantity INT,
  unit_price DECIMAL(10, 2),
  currency_code INT,
  sold_at TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'topic' = 'raw_store_orders',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'key.format' = 'avro-confluent',
  'key.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7',
  'key.fields' = 'store_id',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
