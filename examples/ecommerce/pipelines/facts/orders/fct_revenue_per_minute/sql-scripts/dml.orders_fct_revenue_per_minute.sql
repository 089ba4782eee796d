INSERT INTO orders_fct_revenue_per_minute
SELECT
  window_start,
  window_end,
  channel,
  COUNT(*) AS order_count,
  CAST(SUM(quantity) AS BIGINT) AS units,
  CAST(SUM(amount_eur) AS DECIMAL(14, 2)) AS revenue_eur
FROM TABLE(TUMBLE(TABLE int_orders_orders_eur, DESCRIPTOR(order_ts), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end, channel;
