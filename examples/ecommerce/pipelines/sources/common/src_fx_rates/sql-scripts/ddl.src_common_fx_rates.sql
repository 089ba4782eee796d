-- Source (product common): latest exchange rate per currency, read from the pre-provisioned
-- topic fx_rates (see pipelines/seeds/external_tables.json).
-- The primary key makes it an upsert table (Confluent Cloud's default changelog mode for a table
-- with a key); with the event-time attribute rate_ts it is a versioned table, which
-- int_orders_orders_eur joins FOR SYSTEM_TIME AS OF the order time.
CREATE TABLE IF NOT EXISTS src_common_fx_rates (
  currency STRING NOT NULL,
  rate_to_eur DECIMAL(10, 6),
  rate_ts TIMESTAMP_LTZ(3),
  PRIMARY KEY (currency) NOT ENFORCED,
  WATERMARK FOR rate_ts AS rate_ts - INTERVAL '5' SECOND
) DISTRIBUTED BY HASH(currency) INTO 1 BUCKETS
WITH (
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry',
  'kafka.cleanup-policy' = 'compact'
);
