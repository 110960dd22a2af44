package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import kr.go.molit.rbd.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@OnPostgres
class EngineIndexesOnPostgresIT extends EngineIndexesChecks {

  @Autowired JdbcTemplate jdbc;

  @Test
  void tablesUpdatedRowByRowLeaveRoomOnTheirPages() {
    assertThat(
            jdbc.queryForList(
                "SELECT relname || ' ' || array_to_string(reloptions, ',') FROM pg_class"
                    + " WHERE relname IN ('act_hi_actinst', 'act_hi_taskinst', 'act_ru_execution', 'act_ru_variable')"
                    + " ORDER BY relname",
                String.class))
        .containsExactly(
            "act_hi_actinst fillfactor=85",
            "act_hi_taskinst fillfactor=85",
            "act_ru_execution fillfactor=85",
            "act_ru_variable fillfactor=85");
  }

  @Test
  void theOpenStepsPastTheirDueDateAreFoundByIndex() {
    assertThat(
            jdbc.queryForObject(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'rbd_idx_hi_task_open_due'",
                String.class))
        .contains("ON public.act_hi_taskinst", "(due_date_)", "WHERE (end_time_ IS NULL)");
  }
}
