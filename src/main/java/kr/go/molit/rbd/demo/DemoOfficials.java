package kr.go.molit.rbd.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.go.molit.rbd.petition.PetitionVariables;
import kr.go.molit.rbd.security.ActingUser;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Acts as the directory's demo officials through the engine's Java API, with their identity and
 * groups set, so authorizations and the server's form checks apply as they do in Tasklist. A list
 * is submitted as a JSON value, as Tasklist submits a checklist.
 */
final class DemoOfficials {

  private static final Duration POLL = Duration.ofMillis(250);

  private final ProcessEngine engine;
  private final Duration stepTimeout;

  DemoOfficials(ProcessEngine engine, Duration stepTimeout) {
    this.engine = engine;
    this.stepTimeout = stepTimeout;
  }

  /** Starts the latest version of the process through its start form, as the official. */
  ProcessInstance start(String official, String processKey, Map<String, Object> form) {
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult()
            .getId();
    return as(official, () -> engine.getFormService().submitStartForm(definition, values(form)));
  }

  /**
   * Completes the instance's task with that id, offered to the official, through its form; waits
   * for it while the process's asynchronous steps run. With a petition number, the task about that
   * petition (a forum session has one decision task per agenda item).
   */
  void complete(
      String official,
      String instanceId,
      String taskKey,
      String petitionNumber,
      Map<String, Object> form)
      throws InterruptedException {
    Task task = awaitTask(official, instanceId, taskKey, petitionNumber);
    as(
        official,
        () -> {
          if (task.getAssignee() == null) {
            engine.getTaskService().claim(task.getId(), official);
          }
          engine.getFormService().submitTaskForm(task.getId(), values(form));
          return null;
        });
  }

  private Task awaitTask(String official, String instanceId, String taskKey, String petitionNumber)
      throws InterruptedException {
    long deadline = System.nanoTime() + stepTimeout.toNanos();
    while (true) {
      Task task =
          as(
              official,
              () -> {
                TaskQuery query =
                    engine
                        .getTaskService()
                        .createTaskQuery()
                        .processInstanceId(instanceId)
                        .taskDefinitionKey(taskKey)
                        .taskCandidateUser(official)
                        .includeAssignedTasks();
                if (petitionNumber != null) {
                  query.taskVariableValueEquals(PetitionVariables.PETITION_NUMBER, petitionNumber);
                }
                return query.singleResult();
              });
      if (task != null) {
        return task;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "no task '" + taskKey + "' offered to " + official + " within " + stepTimeout);
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private <T> T as(String official, Supplier<T> work) {
    return ActingUser.as(engine, official, work);
  }

  static Map<String, Object> values(Map<String, Object> form) {
    Map<String, Object> values = new LinkedHashMap<>();
    form.forEach(
        (key, value) ->
            values.put(
                key,
                value instanceof List<?> list
                    ? SpinValues.jsonValue(Spin.JSON(list)).create()
                    : value));
    return values;
  }
}
