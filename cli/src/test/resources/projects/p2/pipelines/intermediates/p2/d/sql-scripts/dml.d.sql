INSERT INTO d
SELECT y.id, z.v
FROM y
LEFT JOIN z ON y.id = z.id
