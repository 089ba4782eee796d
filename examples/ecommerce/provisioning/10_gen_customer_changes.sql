-- LOCAL STACK ONLY: then, random account changes of customers 1..50 (a random tier each time).
-- One row a second, of which the feed keeps those with dice = 1: one change every 4 s or so.
-- Every change of a customer rewrites all of its orders in orders_fct_order_details.
CREATE TABLE IF NOT EXISTS gen_customer_changes (
  customer_id INT,
  tier_code INT,
  updated_at TIMESTAMP(3),
  dice INT
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1',
  'fields.customer_id.min' = '1',
  'fields.customer_id.max' = '50',
  'fields.tier_code.min' = '1',
  'fields.tier_code.max' = '3',
  'fields.dice.min' = '1',
  'fields.dice.max' = '4'
);
