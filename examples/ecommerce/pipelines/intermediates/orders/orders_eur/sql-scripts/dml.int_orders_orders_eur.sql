INSERT INTO int_orders_orders_eur
SELECT
  o.order_id,
  o.channel,
  o.store_id,
  o.customer_id,
  o.product_id,
  o.quantity,
  o.amount,
  o.currency,
  r.rate_to_eur,
  CAST(o.amount * r.rate_to_eur AS DECIMAL(12, 2)) AS amount_eur,
  o.order_ts
FROM int_orders_all_orders AS o
JOIN src_common_fx_rates FOR SYSTEM_TIME AS OF o.order_ts AS r
  ON o.currency = r.currency;
