-- NOT part of the pipelines: the finance team owns the pre-provisioned topic fx_rates
-- (declared in pipelines/seeds/external_tables.json, never deployed by shift-left).
-- Open-source Flink has no automatic "topic = table" catalog, so this declares it in the session.
CREATE TABLE IF NOT EXISTS fx_rates (
  currency STRING,
  rate_to_eur DECIMAL(10, 6),
  rate_ts TIMESTAMP(3)
) WITH (
  'connector' = 'kafka',
  'topic' = 'fx_rates',
  'properties.bootstrap.servers' = '127.0.0.1:19092',
  'properties.group.id' = 'fx_rates',
  'scan.startup.mode' = 'earliest-offset',
  'format' = 'avro-confluent',
  'avro-confluent.url' = 'http://127.0.0.1:18085/apis/ccompat/v7'
);
