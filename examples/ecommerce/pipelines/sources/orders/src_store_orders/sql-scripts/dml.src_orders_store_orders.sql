INSERT INTO src_orders_store_orders
SELECT
  CONCAT('S-', CAST(store_id AS STRING), '-', CAST(ticket_id AS STRING)) AS order_id,
  store_id,
  customer_id,
  product_id,
  quantity,
  unit_price,
  CASE currency_code WHEN 1 THEN 'EUR' WHEN 2 THEN 'USD' ELSE 'GBP' END AS currency,
  sold_at AS order_ts
FROM raw_store_orders;
