-- LOCAL STACK ONLY: random web orders, two a second. Customers 1..50 (all of them exist),
-- currencies 1..3 (all of them have rates), quantity 0..5 (the source drops 0), order times up to
-- 3 s in the past (out of order, within the pipeline's 5 s watermark delay).
CREATE TABLE IF NOT EXISTS gen_web_orders (
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
  'fields.customer_id.max' = '50',
  'fields.product_id.min' = '1',
  'fields.product_id.max' = '20',
  'fields.quantity.min' = '0',
  'fields.quantity.max' = '5',
  'fields.unit_price.min' = '1',
  'fields.unit_price.max' = '200',
  'fields.currency_code.min' = '1',
  'fields.currency_code.max' = '3',
  'fields.order_ts.max-past' = '3 s'
);
