INSERT INTO orders_fct_order_details
SELECT
  o.order_id,
  o.channel,
  o.store_id,
  o.order_ts,
  o.customer_id,
  COALESCE(c.full_name, 'unknown') AS customer_name,
  c.tier AS customer_tier,
  c.country AS customer_country,
  o.product_id,
  o.quantity,
  o.amount_eur
FROM int_orders_orders_eur AS o
LEFT JOIN customers_dim_customers AS c ON o.customer_id = c.customer_id
WHERE o.order_id IS NOT NULL;
