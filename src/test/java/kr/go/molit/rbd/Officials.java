package kr.go.molit.rbd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.go.molit.rbd.petition.PetitionVariables;
import kr.go.molit.rbd.security.ActingUser;
import kr.go.molit.rbd.support.Petitions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Acts as the directory's officials through the engine's Java API, with their identity set, so
 * authorizations and the server-side form checks apply as they do in Tasklist.
 */
public final class Officials {

  private final ProcessEngine engine;

  public Officials(ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T as(String userId, Supplier<T> work) {
    return ActingUser.as(engine, userId, work);
  }

  /** Runs an engine command (in a transaction of its own) as the user. */
  public <T> T inCommand(String userId, Command<T> command) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return as(userId, () -> configuration.getCommandExecutorTxRequired().execute(command));
  }

  public static Map<String, Object> petition(String category) {
    return Petitions.form("부산 도심 철도 지하화 지원 건의", category);
  }

  public ProcessInstance submit(String userId, Map<String, Object> form) {
    return start(userId, PetitionVariables.PROCESS_KEY, form);
  }

  /**
   * A petition submitted by the region's official, found complete and forwarded by the council:
   * waiting at its division reviews.
   */
  public ProcessInstance forwardedToDivisions(String region, Map<String, Object> form) {
    ProcessInstance petition = submit(region, form);
    foundComplete(petition);
    complete(
        "council.secretary",
        petition,
        "council-review",
        "councilOutcome",
        "forward",
        "councilOpinion",
        "기획단 검토가 필요합니다.");
    return petition;
  }

  /** The council secretariat finds the petition complete. */
  public void foundComplete(ProcessInstance petition) {
    complete(
        "council.secretary", petition, "completeness-check", "completenessDecision", "complete");
  }

  /** The council secretariat asks the petition's region to supplement it, with what it asks for. */
  public void supplementAsked(ProcessInstance petition, String request) {
    complete(
        "council.secretary",
        petition,
        "completeness-check",
        "completenessDecision",
        "supplement",
        "supplementRequest",
        request);
  }

  /** Starts the latest version of a process through its start form, as the user. */
  public ProcessInstance start(String userId, String processKey, Map<String, Object> form) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult()
            .getId();
    return as(userId, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  /** The open task with that key, which the user can see and claim, completed through its form. */
  public void complete(
      String userId, ProcessInstance petition, String taskKey, Map<String, Object> form) {
    as(
        userId,
        () -> {
          Task task =
              taskQuery(petition, taskKey)
                  .taskCandidateUser(userId)
                  .includeAssignedTasks()
                  .singleResult();
          assertThat(task).as(taskKey + " offered to " + userId).isNotNull();
          if (task.getAssignee() == null) {
            engine.getTaskService().claim(task.getId(), userId);
          }
          engine.getFormService().submitTaskForm(task.getId(), form);
          return null;
        });
  }

  public void complete(
      String userId, ProcessInstance petition, String taskKey, Object... keyValues) {
    complete(userId, petition, taskKey, Variables.fromMap(pairs(keyValues)));
  }

  /**
   * The division's review through its form, accepting the petition: the ministries to consult and
   * the advice to ask for as the form's checklists submit them (JSON lists).
   */
  public void reviewAsDivision(
      String userId, ProcessInstance petition, List<String> ministries, List<String> advice) {
    complete(
        userId,
        petition,
        "division-review",
        Map.of(
            "divisionOpinion",
            "accept",
            "divisionRationale",
            userId + " 검토 결과 타당함",
            "consultMinistries",
            Variables.objectValue(ministries).serializationDataFormat("application/json").create(),
            "adviceGroupsRequested",
            Variables.objectValue(advice).serializationDataFormat("application/json").create()));
  }

  /** Gives back a task the user claimed, as Tasklist's "반납" does. */
  public void unclaim(String userId, ProcessInstance petition, String taskKey) {
    as(
        userId,
        () -> {
          Task task = taskQuery(petition, taskKey).taskAssignee(userId).singleResult();
          engine.getTaskService().setAssignee(task.getId(), null);
          return null;
        });
  }

  private TaskQuery taskQuery(ProcessInstance petition, String taskKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(petition.getId())
        .taskDefinitionKey(taskKey);
  }

  public static Map<String, Object> pairs(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** Runs the petition's due asynchronous continuations, as the job executor would. */
  public void runDueJobs(ProcessInstance petition) {
    List<Job> jobs;
    while (!(jobs =
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(petition.getId())
                .executable()
                .messages()
                .list())
        .isEmpty()) {
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }
}
