CREATE TABLE IF NOT EXISTS p (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'p')
