CREATE TABLE IF NOT EXISTS src_y (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'src_y')
