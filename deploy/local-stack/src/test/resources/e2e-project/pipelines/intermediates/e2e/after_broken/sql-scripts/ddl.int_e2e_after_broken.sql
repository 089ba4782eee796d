-- A child of the broken source: it must never start when its parent fails.
CREATE TABLE IF NOT EXISTS int_e2e_after_broken (
  event_id BIGINT,
  amount DECIMAL(10, 2),
  created_at TIMESTAMP_LTZ(3)
) DISTRIBUTED BY HASH(event_id) INTO 1 BUCKETS
WITH (
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry'
);
