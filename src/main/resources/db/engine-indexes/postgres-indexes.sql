-- Applied by database/EngineIndexes on PostgreSQL only, once the engine schema exists: indexes
-- H2 cannot express (partial indexes).
--
-- 건의 현황's 기한 경과 filter (state=overdue, petition/PetitionStatus) asks the history for the
-- open steps past their due date. The engine reaches them through its END_TIME_ index, every open
-- task's history row, and filters on the due date: 77 ms of database time at 100,000 open
-- petitions (160,000 open tasks), 180-280 ms per page. Only the open rows, by due date: 0.5 ms,
-- and the pages in 32-110 ms. A task's row leaves the index when it ends; a claim does not touch it.
CREATE INDEX IF NOT EXISTS rbd_idx_hi_task_open_due ON act_hi_taskinst (due_date_) WHERE end_time_ IS NULL;
