-- Applied by database/EngineIndexes once the engine schema exists, on H2 and PostgreSQL.

-- The job executor acquires jobs in due-date order, and every job has a due date (application.yaml:
-- job-executor-acquire-by-due-date, ensure-job-due-date-not-null; database/JobDueDates gives one to
-- jobs written without). Its acquisition then walks this index from the oldest due date and stops
-- at the first job not yet due. Without it, the engine's acquisition read every waiting timer: a
-- division review, an advice and each consultation wait on timers, ~50,000 of them at 100,000 open
-- petitions, 31 ms per acquisition against 0.04 ms with this index (docs/performance.md).
CREATE INDEX IF NOT EXISTS rbd_idx_job_duedate ON act_ru_job (duedate_);
