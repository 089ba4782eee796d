INSERT INTO int_orders_enriched
SELECT
  o.order_id,
  COALESCE(c.name, 'unknown') AS customer_name,
  c.tier,
  o.amount,
  o.currency,
  CAST(o.order_ts AS TIMESTAMP_LTZ(3)) AS order_ts
FROM src_orders AS o
LEFT JOIN src_customers AS c ON o.customer_id = c.customer_id;
