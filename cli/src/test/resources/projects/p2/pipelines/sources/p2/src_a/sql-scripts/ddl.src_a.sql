CREATE TABLE IF NOT EXISTS src_a (
  id INT,
  v STRING
) WITH ('connector' = 'kafka', 'topic' = 'src_a')
