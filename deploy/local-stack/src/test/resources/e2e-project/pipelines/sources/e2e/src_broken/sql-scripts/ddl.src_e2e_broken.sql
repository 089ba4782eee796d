-- A source whose DML Flink refuses (see the DML): its table is created, its job never starts.
CREATE TABLE IF NOT EXISTS src_e2e_broken (
  event_id BIGINT,
  amount DECIMAL(10, 2),
  created_at TIMESTAMP_LTZ(3)
) DISTRIBUTED BY HASH(event_id) INTO 1 BUCKETS
WITH (
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry'
);
