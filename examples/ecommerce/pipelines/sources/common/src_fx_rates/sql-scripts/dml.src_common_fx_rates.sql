INSERT INTO src_common_fx_rates
SELECT
  UPPER(currency) AS currency,
  rate_to_eur,
  rate_ts
FROM fx_rates
WHERE currency IS NOT NULL AND rate_to_eur > 0;
