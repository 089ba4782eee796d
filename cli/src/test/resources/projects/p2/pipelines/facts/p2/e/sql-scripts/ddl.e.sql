CREATE TABLE IF NOT EXISTS e (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'e')
