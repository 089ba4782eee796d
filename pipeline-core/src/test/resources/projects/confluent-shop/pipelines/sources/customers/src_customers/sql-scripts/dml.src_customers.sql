-- The record time of the CRM event is the update time.
INSERT INTO src_customers
SELECT customer_id, INITCAP(name), UPPER(tier), $rowtime
FROM raw_customers
WHERE customer_id IS NOT NULL;
