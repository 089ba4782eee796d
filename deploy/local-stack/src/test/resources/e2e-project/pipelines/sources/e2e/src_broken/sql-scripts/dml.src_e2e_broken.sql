-- Parses (so the project is valid and the plan is made) but fails Flink's validation: the seed
-- has no column amount_in_cents.
INSERT INTO src_e2e_broken
SELECT event_id, amount_in_cents, created_at
FROM raw_e2e_events;
