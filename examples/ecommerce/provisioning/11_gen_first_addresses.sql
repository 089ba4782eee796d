-- LOCAL STACK ONLY: the addresses of customers 1..50, each once, when the feed starts (a bounded
-- sequence: this part of the feed finishes after 5 s).
CREATE TABLE IF NOT EXISTS gen_first_addresses (
  customer_id INT,
  city_pick INT
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '10',
  'fields.customer_id.kind' = 'sequence',
  'fields.customer_id.start' = '1',
  'fields.customer_id.end' = '50',
  'fields.city_pick.min' = '1',
  'fields.city_pick.max' = '3'
);
