CREATE TABLE IF NOT EXISTS z (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'z')
