-- Fact: revenue per currency and minute, created and filled by one statement (CTAS).
CREATE TABLE fct_revenue_per_minute
DISTRIBUTED BY (currency) INTO 2 BUCKETS
WITH (
  'changelog.mode' = 'append',
  'value.format' = 'avro-registry'
)
AS SELECT
  window_start,
  window_end,
  currency,
  SUM(amount) AS revenue
FROM TABLE(TUMBLE(TABLE src_orders, DESCRIPTOR(order_ts), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end, currency;
