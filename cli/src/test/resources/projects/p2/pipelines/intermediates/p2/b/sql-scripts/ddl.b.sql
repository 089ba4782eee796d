CREATE TABLE IF NOT EXISTS b (
  id INT,
  v STRING,
  PRIMARY KEY (id) NOT ENFORCED
) WITH ('connector' = 'kafka', 'topic' = 'b', 'changelog.mode' = 'upsert')
