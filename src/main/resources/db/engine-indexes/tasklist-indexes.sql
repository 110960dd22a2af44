-- Applied by database/EngineIndexes once the engine schema exists. Indexes for the query behind a division's Tasklist filter (candidate group, newest first, with
-- the engine's authorization check), for H2 and PostgreSQL. The benchmark (mvn -Pbench verify)
-- measures the query with and without them; docs/performance.md has the plans and figures.

-- The authorization check selects grants by user OR group: without an index on the user the
-- planner reads the whole table for every Tasklist call.
CREATE INDEX IF NOT EXISTS rbd_idx_auth_user ON act_ru_authorization (user_id_, resource_type_);
-- Grants of one group to one resource: the check's join, per task and per process instance.
CREATE INDEX IF NOT EXISTS rbd_idx_auth_group_resource ON act_ru_authorization (group_id_, resource_type_, resource_id_, perms_);
-- Tasks offered to one group, straight from the identity links.
CREATE INDEX IF NOT EXISTS rbd_idx_identitylink_group ON act_ru_identitylink (group_id_, type_, task_id_);
