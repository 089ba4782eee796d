-- NOT part of the pipelines: stands in for the finance system that publishes rates.
CREATE TABLE IF NOT EXISTS fx_rates_feed (
  currency_code INT,
  rate DECIMAL(10, 6),
  rate_ts TIMESTAMP(3)
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1',
  'fields.currency_code.min' = '1',
  'fields.currency_code.max' = '3',
  'fields.rate.min' = '0.5',
  'fields.rate.max' = '1.5'
);
