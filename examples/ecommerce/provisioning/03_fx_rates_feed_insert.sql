-- NOT part of the pipelines: keeps the pre-provisioned topic fx_rates filled for the demo.
INSERT INTO fx_rates
SELECT
  CASE currency_code WHEN 1 THEN 'EUR' WHEN 2 THEN 'USD' ELSE 'GBP' END AS currency,
  CASE WHEN currency_code = 1 THEN CAST(1 AS DECIMAL(10, 6)) ELSE rate END AS rate_to_eur,
  rate_ts
FROM fx_rates_feed;
