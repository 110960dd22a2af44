-- Applied by database/EngineIndexes once the engine schema exists, on H2 and PostgreSQL: indexes
-- the engine's own schema lacks for what our officials do all day (open a Tasklist filter,
-- complete a task). The benchmark (mvn -Pbench verify) measures the Tasklist query with and
-- without them, and logs slow statements; docs/performance.md has the plans and figures.

-- Completing a task looks up its subtasks (select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?),
-- and the engine has no index for it: a scan of every open task, ~30 ms at 100,000 open
-- petitions, in every completion.
CREATE INDEX IF NOT EXISTS rbd_idx_task_parent ON act_ru_task (parent_task_id_);

-- Tasks offered to one group, straight from the identity links (index-only).
CREATE INDEX IF NOT EXISTS rbd_idx_identitylink_group ON act_ru_identitylink (group_id_, type_, task_id_);

-- Dropped: with revoke checks always on (application.yaml) the authorization check probes the
-- engine's own unique indexes (type, user or group, resource type, resource id). The first of
-- these made the planner probe a user's grants by user and resource type only, i.e. scan every
-- task grant of a busy official for every task; the second duplicated a unique index.
DROP INDEX IF EXISTS rbd_idx_auth_user;
DROP INDEX IF EXISTS rbd_idx_auth_group_resource;
