-- seed rows; nothing upstream
INSERT INTO src_x VALUES (1, 'one'), (2, 'two')
