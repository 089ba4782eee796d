-- Fact: orders per minute by the time Kafka received them.
CREATE TABLE fct_orders_per_minute (
  window_start TIMESTAMP(3),
  window_end TIMESTAMP(3),
  order_count BIGINT
);
