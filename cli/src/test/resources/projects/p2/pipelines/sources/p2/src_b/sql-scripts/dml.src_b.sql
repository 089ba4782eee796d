-- seed rows; nothing upstream
INSERT INTO src_b VALUES (1, 'one'), (2, 'two')
