CREATE TABLE IF NOT EXISTS src_x (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'src_x')
