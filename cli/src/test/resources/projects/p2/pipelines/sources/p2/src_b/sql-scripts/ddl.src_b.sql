CREATE TABLE IF NOT EXISTS src_b (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'src_b')
