-- seed rows; nothing upstream
INSERT INTO src_a VALUES (1, 'one'), (2, 'two')
