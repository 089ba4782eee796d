-- LOCAL STACK ONLY: random rate changes for EUR, USD and GBP (codes 1..3), one a second.
CREATE TABLE IF NOT EXISTS gen_fx_rates (
  currency_code INT,
  jitter DECIMAL(10, 6),
  rate_ts TIMESTAMP(3)
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1',
  'fields.currency_code.min' = '1',
  'fields.currency_code.max' = '3',
  'fields.jitter.min' = '0',
  'fields.jitter.max' = '0.02'
);
