INSERT INTO src_orders
SELECT
  order_id,
  customer_id,
  amount,
  UPPER(currency) AS currency,
  order_ts
FROM raw_orders
WHERE order_id IS NOT NULL AND amount > 0;
