package kr.go.molit.rbd.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import kr.go.molit.rbd.ProcessTest;
import kr.go.molit.rbd.support.OneTaskProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Claims and assignments write no row of Camunda's "task workers" licence metric. */
@ProcessTest
class TaskWorkerMetricsTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  private String deployment;

  @BeforeEach
  void deployAOneTaskProcess() {
    deployment = OneTaskProcess.deploy(repository, "task-worker-metrics-test");
  }

  @AfterEach
  void removeIt() {
    repository.deleteDeployment(deployment, true);
  }

  @Test
  void aClaimAndAnAssignmentWriteNoTaskWorkerRow() {
    assertThat(
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .isTaskMetricsEnabled())
        .isFalse();
    int before = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK_METER_LOG", Integer.class);

    String instance =
        engine.getRuntimeService().startProcessInstanceByKey("task-worker-metrics-test").getId();
    String task = OneTaskProcess.taskOf(engine, instance);
    engine.getTaskService().claim(task, "busan.official");
    engine.getTaskService().setAssignee(task, "ulsan.official");
    engine.getTaskService().complete(task);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK_METER_LOG", Integer.class))
        .isEqualTo(before);
  }
}
