-- Fact: customer changes per tier and hour. Retract without a key on Confluent Cloud.
CREATE TABLE fct_customer_activity (
  tier STRING,
  window_start TIMESTAMP(3),
  changes BIGINT
) WITH ('changelog.mode' = 'retract');
