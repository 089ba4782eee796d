INSERT INTO int_orders_all_orders
WITH web AS (
  SELECT
    order_id,
    CAST('WEB' AS STRING) AS channel,
    CAST(NULL AS INT) AS store_id,
    customer_id,
    product_id,
    quantity,
    CAST(quantity * unit_price AS DECIMAL(12, 2)) AS amount,
    currency,
    order_ts
  FROM src_orders_web_orders
),
store AS (
  SELECT
    order_id,
    CAST('STORE' AS STRING) AS channel,
    store_id,
    customer_id,
    product_id,
    quantity,
    CAST(quantity * unit_price AS DECIMAL(12, 2)) AS amount,
    currency,
    order_ts
  FROM src_orders_store_orders
)
SELECT * FROM web
UNION ALL
SELECT * FROM store;
