-- Applied by database/EngineIndexes once the engine schema exists, on H2 and PostgreSQL. Indexes
-- for the query behind a division's Tasklist filter (candidate group, newest first, with the
-- engine's authorization check). The benchmark (mvn -Pbench verify) measures the query with and
-- without them; docs/performance.md has the plans and figures.

-- Tasks offered to one group, straight from the identity links (index-only).
CREATE INDEX IF NOT EXISTS rbd_idx_identitylink_group ON act_ru_identitylink (group_id_, type_, task_id_);

-- Dropped: with revoke checks always on (application.yaml) the authorization check probes the
-- engine's own unique indexes (type, user or group, resource type, resource id). The first of
-- these made the planner probe a user's grants by user and resource type only, i.e. scan every
-- task grant of a busy official for every task; the second duplicated a unique index.
DROP INDEX IF EXISTS rbd_idx_auth_user;
DROP INDEX IF EXISTS rbd_idx_auth_group_resource;
