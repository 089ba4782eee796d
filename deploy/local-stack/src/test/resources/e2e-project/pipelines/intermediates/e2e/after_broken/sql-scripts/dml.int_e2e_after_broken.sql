INSERT INTO int_e2e_after_broken
SELECT event_id, amount, created_at
FROM src_e2e_broken
WHERE amount > 0;
