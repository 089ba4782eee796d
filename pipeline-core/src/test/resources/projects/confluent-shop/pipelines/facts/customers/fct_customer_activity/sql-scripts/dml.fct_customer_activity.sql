INSERT INTO fct_customer_activity
SELECT tier, window_start, COUNT(*) AS changes
FROM TABLE(HOP(TABLE raw_customers, DESCRIPTOR($rowtime), INTERVAL '10' MINUTE, INTERVAL '1' HOUR))
GROUP BY tier, window_start, window_end;
