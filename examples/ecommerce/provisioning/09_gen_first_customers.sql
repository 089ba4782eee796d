-- LOCAL STACK ONLY: the accounts of customers 1..50, each once, when the feed starts (a bounded
-- sequence: this part of the feed finishes after 5 s), so every order finds its customer.
CREATE TABLE IF NOT EXISTS gen_first_customers (
  customer_id INT,
  tier_code INT,
  updated_at TIMESTAMP(3)
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '10',
  'fields.customer_id.kind' = 'sequence',
  'fields.customer_id.start' = '1',
  'fields.customer_id.end' = '50',
  'fields.tier_code.min' = '1',
  'fields.tier_code.max' = '3'
);
