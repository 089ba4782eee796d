INSERT INTO a
SELECT s.id, t.v
FROM src_a s
JOIN src_x t ON s.id = t.id
