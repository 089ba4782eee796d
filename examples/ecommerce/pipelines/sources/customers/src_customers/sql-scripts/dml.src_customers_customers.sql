INSERT INTO src_customers_customers
SELECT
  customer_id,
  CONCAT(INITCAP(first_name), ' ', INITCAP(last_name)) AS full_name,
  LOWER(CONCAT(first_name, '.', last_name, '@example.com')) AS email,
  CASE tier_code WHEN 1 THEN 'BRONZE' WHEN 2 THEN 'SILVER' ELSE 'GOLD' END AS tier,
  updated_at
FROM raw_customers
WHERE customer_id IS NOT NULL;
