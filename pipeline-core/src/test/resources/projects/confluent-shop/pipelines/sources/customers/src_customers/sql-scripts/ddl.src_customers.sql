-- Source: latest state of each customer. A primary key without changelog mode: an upsert table
-- on Confluent Cloud.
CREATE TABLE IF NOT EXISTS `src_customers` (
  `customer_id` INT NOT NULL PRIMARY KEY NOT ENFORCED,
  `name` STRING,
  `tier` STRING,
  `updated_at` TIMESTAMP_LTZ(3)
)
DISTRIBUTED BY (`customer_id`) INTO 1 BUCKETS
WITH ('kafka.cleanup-policy' = 'compact', 'value.fields-include' = 'all');
