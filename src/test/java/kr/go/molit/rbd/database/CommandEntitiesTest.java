package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class CommandEntitiesTest {

  @Autowired ProcessEngine engine;
  private String taskId;

  private <T> T inCommand(Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command);
  }

  @AfterEach
  void deleteTask() {
    if (taskId != null) {
      engine.getTaskService().deleteTask(taskId, true);
    }
  }

  @Test
  void anEntityInsertedInTheRunningCommandIsNewUntilItIsStored() {
    taskId =
        inCommand(
            command -> {
              TaskEntity task = new TaskEntity();
              task.insert();
              assertThat(CommandEntities.isCreatedInThisCommand(TaskEntity.class, task.getId()))
                  .isTrue();
              assertThat(
                      CommandEntities.isCreatedInThisCommand(ExecutionEntity.class, task.getId()))
                  .isFalse();
              return task.getId();
            });

    Boolean read =
        inCommand(
            command -> {
              command.getTaskManager().findTaskById(taskId);
              return CommandEntities.isCreatedInThisCommand(TaskEntity.class, taskId);
            });
    assertThat(read).as("stored, then read").isFalse();
    Boolean notRead =
        inCommand(command -> CommandEntities.isCreatedInThisCommand(TaskEntity.class, taskId));
    assertThat(notRead).as("stored, not read").isFalse();
    assertThat(CommandEntities.isCreatedInThisCommand(TaskEntity.class, taskId))
        .as("outside a command")
        .isFalse();
    Boolean noId =
        inCommand(command -> CommandEntities.isCreatedInThisCommand(TaskEntity.class, null));
    assertThat(noId).isFalse();
    Task stored = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    assertThat(stored).isNotNull();
  }
}
