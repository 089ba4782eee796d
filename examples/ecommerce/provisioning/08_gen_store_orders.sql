-- LOCAL STACK ONLY: random store tickets, one a second, from stores 1..5, customers 1..50,
-- currencies 1..3.
CREATE TABLE IF NOT EXISTS gen_store_orders (
  ticket_id BIGINT,
  store_id INT,
  customer_id INT,
  product_id INT,
  quantity INT,
  unit_price DECIMAL(10, 2),
  currency_code INT,
  sold_at TIMESTAMP(3)
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1',
  'fields.ticket_id.min' = '1',
  'fields.ticket_id.max' = '999999999',
  'fields.store_id.min' = '1',
  'fields.store_id.max' = '5',
  'fields.customer_id.min' = '1',
  'fields.customer_id.max' = '50',
  'fields.product_id.min' = '1',
  'fields.product_id.max' = '20',
  'fields.quantity.min' = '1',
  'fields.quantity.max' = '3',
  'fields.unit_price.min' = '1',
  'fields.unit_price.max' = '200',
  'fields.currency_code.min' = '1',
  'fields.currency_code.max' = '3'
);
