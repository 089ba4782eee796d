-- Source (product common): latest exchange rate per currency, read from the pre-provisioned
-- topic fx_rates (see pipelines/seeds/external_tables.json).
-- Upsert table with a primary key and an event-time attribute: a versioned table that
-- int_orders_orders_eur joins FOR SYSTEM_TIME AS OF the order time.
CREATE TABLE IF NOT EXISTS src_common_fx_rates (
  currency STRING NOT NULL,
  rate_to_eur DECIMAL(10, 6),
  rate_ts TIMESTAMP(3),
  PRIMARY KEY (currency) NOT ENFORCED,
  WATERMARK FOR rate_ts AS rate_ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'src_common_fx_rates',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'properties.group.id' = 'src_common_fx_rates',
  'key.format' = 'avro-confluent',
  'key.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
