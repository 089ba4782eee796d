INSERT INTO z
SELECT x.id, y.v
FROM x
JOIN y ON x.id = y.id
