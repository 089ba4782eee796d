CREATE TABLE IF NOT EXISTS x (
  id INT,
  v STRING,
  PRIMARY KEY (id) NOT ENFORCED
) WITH ('connector' = 'kafka', 'topic' = 'x', 'changelog.mode' = 'upsert')
