package kr.go.molit.rbd.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kr.go.molit.rbd.ProcessTest;
import kr.go.molit.rbd.support.OneTaskProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ProcessTest
class TaskGrantReadsTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  private String deployment;
  private String taskId;

  @BeforeEach
  void aStoredTask() {
    deployment = OneTaskProcess.deploy(engine.getRepositoryService(), "task-grant-reads-test");
    String instance =
        engine.getRuntimeService().startProcessInstanceByKey("task-grant-reads-test").getId();
    taskId = OneTaskProcess.taskOf(engine, instance);
  }

  @AfterEach
  void removeIt() {
    engine.getRepositoryService().deleteDeployment(deployment, true);
    engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .resourceId(taskId)
        .list()
        .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
  }

  private <T> T inCommand(Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command);
  }

  private void grant(
      String userId, String groupId, org.camunda.bpm.engine.authorization.Resource resource) {
    Authorization grant =
        engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(taskId);
    grant.addPermission(
        resource == Resources.HISTORIC_TASK
            ? org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ
            : org.camunda.bpm.engine.authorization.Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(grant);
  }

  @Test
  void bothGrantsOfAUserAreReadOnceAndAreTheCommandsEntities() {
    grant("busan.official", null, Resources.TASK);
    grant(null, "region-busan", Resources.TASK);
    List<Object> answers =
        inCommand(
            command -> {
              TaskGrantReads reads = command.getSession(TaskGrantReads.class);
              List<Object> out = new ArrayList<>();
              AuthorizationEntity onTask =
                  reads.grant(taskId, "busan.official", null, Resources.TASK);
              out.add(onTask.getUserId() + " " + onTask.getResourceType());
              // Written behind the command's back, after its read: the second lookup does not read
              // again.
              jdbc.update(
                  "INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
                      + " VALUES ('task-grant-reads-test', 1, 1, 'busan.official', ?, ?, 2)",
                  Resources.HISTORIC_TASK.resourceType(),
                  taskId);
              out.add(
                  String.valueOf(
                      reads.grant(taskId, "busan.official", null, Resources.HISTORIC_TASK)));
              out.add(
                  command
                          .getDbEntityManager()
                          .getCachedEntity(AuthorizationEntity.class, onTask.getId())
                      == onTask);
              // A group's grants (the group wins over a user, as in the engine's lookup) and
              // another user's.
              AuthorizationEntity group =
                  reads.grant(taskId, "busan.official", "region-busan", Resources.TASK);
              out.add(group.getGroupId() + " " + group.getUserId());
              out.add(String.valueOf(reads.grant(taskId, "ulsan.official", null, Resources.TASK)));
              return out;
            });
    assertThat(answers)
        .containsExactly(
            "busan.official " + Resources.TASK.resourceType(),
            "null",
            true,
            "region-busan null",
            "null");
  }

  @Test
  void aGrantStoredBeforeTheCommandIsFoundOnTheHistoryToo() {
    grant("busan.official", null, Resources.HISTORIC_TASK);
    String answer =
        inCommand(
            command -> {
              TaskGrantReads reads = command.getSession(TaskGrantReads.class);
              return reads.grant(taskId, "busan.official", null, Resources.TASK)
                  + " / "
                  + reads
                      .grant(taskId, "busan.official", null, Resources.HISTORIC_TASK)
                      .getResourceType();
            });
    assertThat(answer).isEqualTo("null / " + Resources.HISTORIC_TASK.resourceType());
  }

  @Test
  void answersOnlyForTasksAndTheirHistory() {
    assertThat(TaskGrantReads.answers(Resources.TASK)).isTrue();
    assertThat(TaskGrantReads.answers(Resources.HISTORIC_TASK)).isTrue();
    assertThat(TaskGrantReads.answers(Resources.PROCESS_INSTANCE)).isFalse();
  }
}
