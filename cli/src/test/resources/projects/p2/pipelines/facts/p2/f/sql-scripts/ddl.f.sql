CREATE TABLE IF NOT EXISTS f (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'f')
