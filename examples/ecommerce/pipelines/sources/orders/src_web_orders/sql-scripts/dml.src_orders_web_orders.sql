INSERT INTO src_orders_web_orders
SELECT
  CONCAT('W-', CAST(order_id AS STRING)) AS order_id,
  customer_id,
  product_id,
  quantity,
  unit_price,
  CASE currency_code WHEN 1 THEN 'EUR' WHEN 2 THEN 'USD' ELSE 'GBP' END AS currency,
  order_ts
FROM raw_web_orders
WHERE quantity > 0;
