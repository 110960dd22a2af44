package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kr.go.molit.rbd.ProcessTest;
import kr.go.molit.rbd.support.OneTaskProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceManager;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One process instance's variables read at once from the second execution or task a command reads:
 * the first runs the engine's statement, later ones are answered from the instance's, and with
 * verify on an answer that differs from the engine's fails. (Every process test and integration
 * test runs with verify on, so each flow checks its answers against the engine's.)
 */
@ProcessTest
class ProcessInstanceVariablesTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired JdbcTemplate jdbc;

  private String deployment;
  private String instance;
  private String task;

  @BeforeEach
  void startAnInstanceWithATaskVariable() {
    deployment = OneTaskProcess.deploy(repository, "process-instance-variables-test");
    instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "process-instance-variables-test",
                Variables.createVariables()
                    .putValue("subject", "부산 도심 철도 지하화")
                    .putValue("area", "부산"))
            .getId();
    task = OneTaskProcess.taskOf(engine, instance);
    engine.getTaskService().setVariableLocal(task, "note", "검토 메모");
  }

  @AfterEach
  void removeIt() {
    repository.deleteDeployment(deployment, true);
  }

  private <T> T inCommand(Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command);
  }

  private static List<String> names(List<VariableInstanceEntity> variables) {
    return variables.stream().map(VariableInstanceEntity::getName).sorted().toList();
  }

  private void load(CommandContext context) {
    context.getExecutionManager().findExecutionById(instance);
    context.getTaskManager().findTaskById(task);
  }

  @Test
  void isTheEnginesVariableManager() {
    VariableInstanceManager manager =
        inCommand(context -> context.getSession(VariableInstanceManager.class));
    assertThat(manager).isInstanceOf(ProcessInstanceVariables.class);
  }

  @Test
  void theSecondScopeReadsTheWholeInstanceAndLaterReadsAreAnsweredFromIt() {
    inCommand(
        context -> {
          load(context);
          ProcessInstanceVariables variables = new ProcessInstanceVariables(false);
          ProcessInstanceVariables verifying = new ProcessInstanceVariables(true);

          assertThat(names(variables.findVariableInstancesByTaskId(task))).containsExactly("note");
          assertThat(
                  context
                      .getDbEntityManager()
                      .getCachedEntitiesByType(VariableInstanceEntity.class))
              .as("the first read is the engine's, for the task only")
              .hasSize(1);

          assertThat(names(variables.findVariableInstancesByExecutionId(instance)))
              .containsExactly("area", "subject");
          assertThat(
                  names(
                      variables.findVariableInstancesByExecutionIdAndVariableNames(
                          instance, List.of("subject"))))
              .containsExactly("subject");
          verifying.findVariableInstancesByTaskId(task);
          // (Asked for by name: MyBatis would answer the same statement with the same parameters
          // again
          // from its session cache, and the check below must reach the database.)
          assertThat(
                  names(
                      verifying.findVariableInstancesByExecutionIdAndVariableNames(
                          instance, List.of("subject"))))
              .containsExactly("subject");

          // A row written behind the command's back after the instance's variables were read: an
          // answer
          // from them does not see it (the engine's statement would).
          jdbc.update(
              "INSERT INTO ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, TEXT_,"
                  + " VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_) VALUES ('behind-the-back', 1, 'string', 'extra',"
                  + " ?, ?, 'x', ?, 1, FALSE)",
              instance,
              instance,
              instance);
          assertThat(names(variables.findVariableInstancesByExecutionId(instance)))
              .containsExactly("area", "subject");
          assertThat(names(variables.findVariableInstancesByTaskId(task))).containsExactly("note");

          assertThatThrownBy(() -> verifying.findVariableInstancesByExecutionId(instance))
              .as("verify on: an answer that differs from the engine's fails")
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("extra");
          return null;
        });
  }

  @Test
  void aCommandThatReadsOneScopeRunsOnlyTheEnginesStatement() {
    List<String> read =
        inCommand(
            context -> {
              load(context);
              List<String> names =
                  names(
                      new ProcessInstanceVariables(false)
                          .findVariableInstancesByExecutionId(instance));
              assertThat(
                      context
                          .getDbEntityManager()
                          .getCachedEntitiesByType(VariableInstanceEntity.class))
                  .as("the task's variable was not read")
                  .hasSize(2);
              return names;
            });
    assertThat(read).containsExactly("area", "subject");
  }
}
