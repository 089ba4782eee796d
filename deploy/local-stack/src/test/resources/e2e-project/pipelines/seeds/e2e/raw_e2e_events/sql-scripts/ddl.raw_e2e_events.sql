-- End-to-end test project (environment e2e of the test stack): a seed table, written for
-- Confluent Cloud like the example; the planner adapts it for the local stack.
CREATE TABLE IF NOT EXISTS raw_e2e_events (
  event_id BIGINT,
  amount DECIMAL(10, 2),
  created_at TIMESTAMP_LTZ(3)
) DISTRIBUTED BY HASH(event_id) INTO 1 BUCKETS
WITH (
  'key.format' = 'avro-registry',
  'value.format' = 'avro-registry'
);
