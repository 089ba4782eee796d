-- LOCAL STACK ONLY: one Flink job (one slot) that keeps the four raw topics and fx_rates filled
-- until it is cancelled: about 4.5 records a second after the first 50 accounts and addresses.
-- Names and countries are derived from the customer id, so a customer keeps them.
-- Run it after 01..12.
EXECUTE STATEMENT SET
BEGIN
  INSERT INTO fx_rates
  SELECT
    CASE currency_code WHEN 1 THEN 'EUR' WHEN 2 THEN 'USD' ELSE 'GBP' END AS currency,
    CAST(CASE currency_code WHEN 1 THEN 1 WHEN 2 THEN 0.91 + jitter ELSE 1.16 + jitter END
      AS DECIMAL(10, 6)) AS rate_to_eur,
    rate_ts
  FROM gen_fx_rates;

  INSERT INTO feed_raw_web_orders
  SELECT order_id, customer_id, product_id, quantity, unit_price, currency_code, order_ts
  FROM gen_web_orders;

  INSERT INTO feed_raw_store_orders
  SELECT ticket_id, store_id, customer_id, product_id, quantity, unit_price, currency_code, sold_at
  FROM gen_store_orders;

  INSERT INTO feed_raw_customers
  SELECT
    customer_id,
    ARRAY['ada', 'alan', 'grace', 'edsger', 'barbara', 'donald', 'frances', 'john', 'margaret',
      'ken'][MOD(customer_id, 10) + 1] AS first_name,
    ARRAY['lovelace', 'turing', 'hopper', 'dijkstra', 'liskov', 'knuth', 'allen'][
      MOD(customer_id, 7) + 1] AS last_name,
    tier_code,
    updated_at
  FROM (
    SELECT customer_id, tier_code, updated_at FROM gen_first_customers
    UNION ALL
    SELECT customer_id, tier_code, updated_at FROM gen_customer_changes WHERE dice = 1
  );

  INSERT INTO feed_raw_addresses
  SELECT
    customer_id,
    MOD(customer_id, 4) + 1 AS country_code,
    CASE MOD(customer_id, 4)
      WHEN 0 THEN ARRAY['paris', 'lyon', 'lille'][city_pick]
      WHEN 1 THEN ARRAY['berlin', 'hamburg', 'munich'][city_pick]
      WHEN 2 THEN ARRAY['london', 'leeds', 'bristol'][city_pick]
      ELSE ARRAY['boston', 'denver', 'austin'][city_pick]
    END AS city
  FROM (
    SELECT customer_id, city_pick FROM gen_first_addresses
    UNION ALL
    SELECT customer_id, city_pick FROM gen_address_changes WHERE dice = 1
  );
END;
