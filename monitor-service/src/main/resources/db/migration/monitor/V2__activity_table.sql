-- The table of each step event, so the monitor knows which tables a running deployment works on.
ALTER TABLE deployment_activity ADD COLUMN table_name VARCHAR(400);

CREATE INDEX deployment_activity_steps ON deployment_activity (environment, plan_id, table_name);
