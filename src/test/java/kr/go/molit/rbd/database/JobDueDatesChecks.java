package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs are acquired in due-date order, every job has a due date, and one written without gets one
 * at start: the waiting timers of open petitions are not read at each acquisition.
 */
abstract class JobDueDatesChecks {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void jobsAreAcquiredByDueDateAndAlwaysHaveOne() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
  }

  @Test
  void aJobWrittenWithoutADueDateGetsOne() {
    String number =
        new EngineRest(http)
            .forwardedToDivisions("sejong.official", Petitions.form("세종 작업 기한", "railway"));
    String instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .singleResult()
            .getId();
    Job timer = management.createJobQuery().processInstanceId(instance).timers().list().get(0);
    Date due = timer.getDuedate();
    jdbc.update("UPDATE act_ru_job SET duedate_ = NULL WHERE id_ = ?", timer.getId());
    // a day long after this test, so the job executor leaves the timer alone
    Date later = Date.from(Instant.parse("2099-01-01T00:00:00Z"));
    try {
      assertThat(JobDueDates.give(jdbc, later)).isGreaterThanOrEqualTo(1);
      assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate())
          .isEqualTo(later);
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM act_ru_job WHERE duedate_ IS NULL", Integer.class))
          .isZero();
    } finally {
      management.setJobDuedate(timer.getId(), due);
    }
  }
}
