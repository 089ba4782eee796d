-- LOCAL STACK ONLY, not part of the pipelines.
-- The pre-provisioned topic fx_rates (pipelines/seeds/external_tables.json) as a table. On
-- Confluent Cloud the finance team's topic is a table already; open-source Flink has no such
-- catalog, so this declares it in the session that runs the pipeline: src_common_fx_rates reads it
-- and the feed (13_feed.sql) writes it. Avro key (currency) and value, schemas in the local registry.
CREATE TABLE IF NOT EXISTS fx_rates (
  currency STRING,
  rate_to_eur DECIMAL(10, 6),
  rate_ts TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'topic' = 'fx_rates',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'scan.startup.mode' = 'earliest-offset',
  'key.format' = 'avro-confluent',
  'key.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7',
  'key.fields' = 'currency',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
