CREATE TABLE IF NOT EXISTS d (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'd')
