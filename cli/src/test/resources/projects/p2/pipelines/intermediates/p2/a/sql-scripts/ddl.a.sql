CREATE TABLE IF NOT EXISTS a (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'a')
