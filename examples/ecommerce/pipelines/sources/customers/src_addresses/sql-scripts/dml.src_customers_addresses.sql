INSERT INTO src_customers_addresses
SELECT
  customer_id,
  CASE country_code WHEN 1 THEN 'FR' WHEN 2 THEN 'DE' WHEN 3 THEN 'GB' ELSE 'US' END AS country,
  INITCAP(city) AS city,
  $rowtime AS updated_at
FROM raw_addresses
WHERE customer_id IS NOT NULL;
