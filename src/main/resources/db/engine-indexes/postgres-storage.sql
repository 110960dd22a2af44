-- Applied by database/EngineIndexes on PostgreSQL only, once the engine schema exists: storage
-- settings for the engine's tables that officials' work updates row by row.
--
-- A claim sets the assignee on the task's history rows (ACT_HI_TASKINST, ACT_HI_ACTINST) long
-- after they were written; the engine's executions and variables are updated at every step. With
-- the default fill factor (100) the pages are full, so each such update writes a new row version
-- into another page and a new entry into every index of the table (ten on ACT_HI_ACTINST), most of
-- them pages no one has read lately: 0.64 ms per claim's activity update at 100,000 open petitions
-- against 0.17 ms for the same row's end shortly after. With room left on each page, PostgreSQL
-- keeps an update that changes no indexed column on the same page without touching the indexes
-- (a heap-only tuple). Affects pages written from now on.
ALTER TABLE act_hi_actinst SET (fillfactor = 85);
ALTER TABLE act_hi_taskinst SET (fillfactor = 85);
ALTER TABLE act_ru_execution SET (fillfactor = 85);
ALTER TABLE act_ru_variable SET (fillfactor = 85);
