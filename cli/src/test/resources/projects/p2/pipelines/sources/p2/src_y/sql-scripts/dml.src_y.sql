-- seed rows; nothing upstream
INSERT INTO src_y VALUES (1, 'one'), (2, 'two')
