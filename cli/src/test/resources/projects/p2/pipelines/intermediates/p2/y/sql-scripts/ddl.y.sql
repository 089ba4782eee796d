CREATE TABLE IF NOT EXISTS y (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'y')
