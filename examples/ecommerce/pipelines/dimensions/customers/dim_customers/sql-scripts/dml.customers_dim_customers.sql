INSERT INTO customers_dim_customers
SELECT
  c.customer_id,
  c.full_name,
  c.email,
  c.tier,
  a.country,
  a.city,
  GREATEST(c.updated_at, a.updated_at) AS updated_at
FROM src_customers_customers AS c
JOIN src_customers_addresses AS a ON c.customer_id = a.customer_id;
