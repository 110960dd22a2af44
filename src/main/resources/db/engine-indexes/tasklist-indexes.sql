-- Applied by database/EngineIndexes once the engine schema exists, on H2 and PostgreSQL: indexes
-- the engine's own schema lacks for what our officials do all day (open a Tasklist filter,
-- complete a task). The benchmark (mvn -Pbench verify) measures the Tasklist query with and
-- without them, and logs slow statements; docs/performance.md has the plans and figures.

-- Completing a task looks up its subtasks (select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?),
-- and the engine has no index for it: a scan of every open task, ~30 ms at 100,000 open
-- petitions, in every completion.
CREATE INDEX IF NOT EXISTS rbd_idx_task_parent ON act_ru_task (parent_task_id_);

-- Tasks offered to one group, straight from the identity links (index-only). A division's Tasklist
-- count starts here (database/TaskCountQuery): with rbd_idx_auth_group_grants below, it is two
-- index-only reads, 24 ms at 100,000 open petitions against 76 ms through the engine's indexes.
CREATE INDEX IF NOT EXISTS rbd_idx_identitylink_group ON act_ru_identitylink (group_id_, type_, task_id_);

-- A group's grants with everything our task count (database/TaskCountQuery) reads from them, so
-- its hashed sub-select is an index-only scan instead of a heap visit per grant (a division holds
-- one grant per open task, scattered over the table: 27,403 grants on 14,482 pages at 100,000
-- open petitions). Its first four columns are those of the engine's unique group index in another
-- order, so per-task probes can use either without scanning a group's grants.
CREATE INDEX IF NOT EXISTS rbd_idx_auth_group_grants ON act_ru_authorization (group_id_, resource_type_, type_, resource_id_, perms_);

-- Tasklist's filters over every task one may see ("기한 임박", "전체 업무") sort by due date, then
-- newest first, and the engine has no index for it: each page checked every open task's
-- authorization and sorted them (2.3-2.7 s at 100,000 open petitions, for the ministry's divisions
-- and the council alike). In this order the page walks the index until it has its 15 tasks (5 ms).
CREATE INDEX IF NOT EXISTS rbd_idx_task_due_created ON act_ru_task (due_date_, create_time_ DESC);

-- Dropped: with revoke checks always on (application.yaml) the authorization check probes the
-- engine's own unique indexes (type, user or group, resource type, resource id). The first of
-- these made the planner probe a user's grants by user and resource type only, i.e. scan every
-- task grant of a busy official for every task; the second duplicated a unique index.
DROP INDEX IF EXISTS rbd_idx_auth_user;
DROP INDEX IF EXISTS rbd_idx_auth_group_resource;
