package kr.go.molit.rbd.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removal times of the history a petition writes after its start, with the roots' removal times
 * shared between commands: the same as the root's, kept while nothing changes it, and a "set
 * removal time" batch counts from the next command.
 */
@ProcessTest
class RootRemovalTimesTest {

  private static final long DAY = 24L * 60 * 60 * 1000;

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuthorizationService authorizations;

  private String deployment;

  @BeforeEach
  void deployATwoTaskProcess() {
    deployment =
        repository
            .createDeployment()
            .name("root-removal-times-test")
            .addModelInstance(
                "two-tasks.bpmn",
                Bpmn.createExecutableProcess("root-removal-times-test")
                    .camundaHistoryTimeToLive(1)
                    .startEvent()
                    .userTask("first")
                    .userTask("second")
                    .endEvent("done")
                    .done())
            .deploy()
            .getId();
  }

  @AfterEach
  void removeIt() {
    ClockUtil.reset();
    management.createBatchQuery().list().forEach(b -> management.deleteBatch(b.getId(), true));
    repository.deleteDeployment(deployment, true);
  }

  @Test
  void historyAfterTheStartTakesTheRootsRemovalTimeUntilABatchChangesIt() {
    Date start = new Date(1_800_000_000_000L);
    ClockUtil.setCurrentTime(start);
    String instance = runtime.startProcessInstanceByKey("root-removal-times-test").getId();
    Date removal = new Date(start.getTime() + DAY);
    String first = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    tasks.claim(first, "busan.official");
    assertThat(assigneesGrantOn(first).getRemovalTime()).isEqualTo(removal);

    // Behind the engine's back, unseen while the root's removal time is kept.
    jdbc.update(
        "UPDATE ACT_HI_PROCINST SET REMOVAL_TIME_ = ? WHERE ID_ = ?",
        new Date(start.getTime() + 7 * DAY),
        instance);
    tasks.complete(first);
    assertThat(activity(instance, "second").getRemovalTime()).isEqualTo(removal);

    Date changed = new Date(start.getTime() + 30 * DAY);
    Batch batch =
        history
            .setRemovalTimeToHistoricProcessInstances()
            .absoluteRemovalTime(changed)
            .byIds(instance)
            .executeAsync();
    runJobsOf(batch.getSeedJobDefinitionId());
    runJobsOf(batch.getBatchJobDefinitionId());
    assertThat(activity(instance, "second").getRemovalTime()).isEqualTo(changed);

    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    assertThat(activity(instance, "done").getRemovalTime()).isEqualTo(changed);
  }

  /** The grant the claim gave its assignee on the task's history (the one with a removal time). */
  private Authorization assigneesGrantOn(String taskId) {
    return authorizations
        .createAuthorizationQuery()
        .userIdIn("busan.official")
        .resourceId(taskId)
        .resourceType(Resources.HISTORIC_TASK)
        .singleResult();
  }

  private void runJobsOf(String jobDefinitionId) {
    for (Job job : management.createJobQuery().jobDefinitionId(jobDefinitionId).list()) {
      management.executeJob(job.getId());
    }
  }

  private HistoricActivityInstance activity(String instance, String activityId) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance)
        .activityId(activityId)
        .singleResult();
  }
}
