CREATE TABLE IF NOT EXISTS c (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'c')
