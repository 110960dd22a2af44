package kr.go.molit.rbd.database;

import java.sql.Timestamp;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives a due date to the jobs written without one, at start, before the job executor runs. With
 * {@code ensure-job-due-date-not-null} the executor acquires only jobs due by now, in due-date
 * order (application.yaml): a job an earlier version of this server wrote for an asynchronous step,
 * with no due date, would otherwise never run.
 */
@Component
class JobDueDates extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobDueDates.class);

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (configuration.isEnsureJobDueDateNotNull()) {
      int given = give(new JdbcTemplate(configuration.getDataSource()), ClockUtil.getCurrentTime());
      if (given > 0) {
        LOG.info("RBD-JOB-001 {} job(s) written without a due date are due now", given);
      }
    }
  }

  /** Makes every job without a due date due at {@code now}; returns how many there were. */
  static int give(JdbcTemplate jdbc, Date now) {
    return jdbc.update(
        "UPDATE act_ru_job SET duedate_ = ? WHERE duedate_ IS NULL", new Timestamp(now.getTime()));
  }
}
