INSERT INTO fct_orders_per_minute
SELECT window_start, window_end, COUNT(*) AS order_count
FROM TABLE(TUMBLE(TABLE raw_orders, DESCRIPTOR($rowtime), INTERVAL '1' MINUTE))
GROUP BY window_start, window_end;
