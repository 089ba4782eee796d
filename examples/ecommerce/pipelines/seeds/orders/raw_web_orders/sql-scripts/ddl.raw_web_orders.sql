-- Seed: web-shop orders as the web front end would emit them.
-- Backed by the datagen connector, so the demo needs no external system. No Kafka topic, no DML.
-- customer_id goes up to 60 while only customers 1..50 exist: some orders stay without a customer.
-- quantity can be 0: the source filters those out.
CREATE TABLE IF NOT EXISTS raw_web_orders (
  order_id BIGINT,
  customer_id INT,
  product_id INT,
  quantity INT,
  unit_price DECIMAL(10, 2),
  currency_code INT,
  order_ts TIMESTAMP(3)
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '2',
  'fields.order_id.min' = '1',
  'fields.order_id.max' = '999999999',
  'fields.customer_id.min' = '1',
  'fields.customer_id.max' = '60',
  'fields.product_id.min' = '1',
  'fields.product_id.max' = '20',
  'fields.quantity.min' = '0',
  'fields.quantity.max' = '5',
  'fields.unit_price.min' = '1',
  'fields.unit_price.max' = '200',
  'fields.currency_code.min' = '1',
  'fields.currency_code.max' = '3'
);
