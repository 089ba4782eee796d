-- LOCAL STACK ONLY: then, random moves of customers 1..50 between three cities of their country.
-- One row a second, of which the feed keeps those with dice = 1: one move every 4 s or so.
CREATE TABLE IF NOT EXISTS gen_address_changes (
  customer_id INT,
  city_pick INT,
  dice INT
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1',
  'fields.customer_id.min' = '1',
  'fields.customer_id.max' = '50',
  'fields.city_pick.min' = '1',
  'fields.city_pick.max' = '3',
  'fields.dice.min' = '1',
  'fields.dice.max' = '4'
);
