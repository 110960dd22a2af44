package kr.go.molit.rbd.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import kr.go.molit.rbd.support.Petitions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One petition walked through every stage as the officials do in Tasklist (find the task offered to
 * them, claim it, submit its form), with the forms' variables as people fill them in: intake,
 * council, two division reviews (the lead asks for advice and a ministry consultation), advice,
 * consultation, consolidation, four-eyes approval, the forum's decision, acknowledgement. The
 * asynchronous continuations run on the server's job executor, as in production.
 */
final class PetitionWalk {

  static final List<String> CATEGORIES = List.of("railway", "road", "airport");
  static final List<String> REGIONS =
      List.of(
          "busan",
          "daegu",
          "gwangju",
          "daejeon",
          "ulsan",
          "sejong",
          "gangwon",
          "chungbuk",
          "chungnam",
          "jeonbuk",
          "jeonnam",
          "gyeongbuk",
          "gyeongnam",
          "jeju");
  private static final Duration TASK_TIMEOUT = Duration.ofSeconds(60);

  private final ProcessEngine engine;
  private final Officials officials;
  private final LongAdder taskQueries = new LongAdder();

  PetitionWalk(ProcessEngine engine, Officials officials) {
    this.engine = engine;
    this.officials = officials;
  }

  /** Walks petition {@code i} to its end; returns the number of user tasks completed. */
  int walk(int i) {
    String region = REGIONS.get(i % REGIONS.size()) + ".official";
    String instance = submit(region, CATEGORIES.get(i % CATEGORIES.size()), "철도 지하화 지원 건의 " + i);
    complete(
        "council.secretary",
        instance,
        "completeness-check",
        Map.of("completenessDecision", "complete"));
    complete(
        "council.secretary",
        instance,
        "council-review",
        Map.of("councilOutcome", "forward", "councilOpinion", "기획단 검토가 필요합니다."));
    List<String> divisions = divisionsOf(instance);
    for (int d = 0; d < divisions.size(); d++) {
      complete(
          officials.memberOf(divisions.get(d)),
          instance,
          "division-review",
          divisionReview(d == 0));
    }
    complete("lh.liaison", instance, "advisory-opinion", Map.of("adviceOpinion", "연계 개발이 가능합니다."));
    complete(
        "moef.liaison",
        instance,
        "ministry-consultation",
        Map.of("consultationReply", "conditional", "consultationText", "예비타당성 조사 후 검토"));
    complete(
        "tf.coordinator",
        instance,
        "record-consultation-result",
        Map.of("consultationResult", "조건부 동의"));
    complete(
        "tf.coordinator",
        instance,
        "consolidate-direction",
        Map.of("supportDirection", "partial", "directionText", "단계적 지원", "sendToForum", true));
    complete(
        "urban.director", instance, "approve-direction", Map.of("approvalDecision", "approve"));
    deliverForumDecision(instance);
    complete(region, instance, "acknowledge-result", Map.of("resultAcknowledged", true));
    return 6 + divisions.size() + 2;
  }

  String submit(String user, String category, String title) {
    Map<String, Object> form = Petitions.form(title, category);
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("regional-petition")
            .latestVersion()
            .singleResult()
            .getId();
    return officials.as(
        user, () -> engine.getFormService().submitStartForm(definition, form).getId());
  }

  /** The divisions routing chose (the council's review runs routing in the same transaction). */
  List<String> divisionsOf(String instance) {
    @SuppressWarnings("unchecked")
    List<String> divisions =
        (List<String>) engine.getRuntimeService().getVariable(instance, "reviewDivisions");
    return divisions;
  }

  private static Map<String, Object> divisionReview(boolean lead) {
    List<String> ministries = lead ? List.of("ministry-moef") : List.of();
    List<String> advice = lead ? List.of("public-institutions") : List.of();
    return Map.of(
        "divisionOpinion",
        lead ? "accept" : "partial",
        "divisionRationale",
        "국가 계획과 부합하며 단계적 추진이 타당함",
        "consultMinistries",
        Variables.objectValue(ministries).serializationDataFormat("application/json").create(),
        "adviceGroupsRequested",
        Variables.objectValue(advice).serializationDataFormat("application/json").create());
  }

  /** What the forum process does once the forum has decided. */
  private void deliverForumDecision(String instance) {
    String businessKey = awaitWaiting(instance, "await-forum-decision");
    engine
        .getRuntimeService()
        .createMessageCorrelation("ForumDecision")
        .processInstanceBusinessKey(businessKey)
        .setVariable("forumDecision", "adopted")
        .setVariable("forumDirection", "조기 착공 추진")
        .correlate();
  }

  void complete(String user, String instance, String taskKey, Map<String, Object> form) {
    officials.as(
        user,
        () -> {
          Task task = awaitTask(user, instance, taskKey);
          if (task.getAssignee() == null) {
            engine.getTaskService().claim(task.getId(), user);
          }
          engine.getFormService().submitTaskForm(task.getId(), form);
          return null;
        });
  }

  /**
   * The user's open task of that key, asked for as Tasklist's group filters do (candidate groups
   * from the signed-in user's groups; a candidate-user query would look the groups up in the
   * database every time, which Tasklist never does with our filters). Waits while the job executor
   * runs the continuation before it, asking again after 2, 4, 8 ... at most 32 ms (asking every 2
   * ms made 2.35 task queries per task, and the empty ones were counted as the tasks' cost).
   */
  private Task awaitTask(String user, String instance, String taskKey) {
    long deadline = System.nanoTime() + TASK_TIMEOUT.toNanos();
    int attempt = 0;
    do {
      taskQueries.increment();
      Task task =
          officials.as(
              user,
              () ->
                  engine
                      .getTaskService()
                      .createTaskQuery()
                      .processInstanceId(instance)
                      .taskDefinitionKey(taskKey)
                      .taskCandidateGroupIn(officials.groupsOf(user))
                      .includeAssignedTasks()
                      .listPage(0, 1)
                      .stream()
                      .findFirst()
                      .orElse(null));
      if (task != null) {
        return task;
      }
      pause(attempt++);
    } while (System.nanoTime() < deadline);
    throw new IllegalStateException("no " + taskKey + " for " + user + " in " + instance);
  }

  private String awaitWaiting(String instance, String activityId) {
    long deadline = System.nanoTime() + TASK_TIMEOUT.toNanos();
    int attempt = 0;
    do {
      var waiting =
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceId(instance)
              .activityIdIn(activityId)
              .singleResult();
      if (waiting != null) {
        return waiting.getBusinessKey();
      }
      pause(attempt++);
    } while (System.nanoTime() < deadline);
    throw new IllegalStateException(instance + " never reached " + activityId);
  }

  /** Task queries made so far, found or not. */
  long taskQueries() {
    return taskQueries.sum();
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(2L << Math.min(attempt, 4));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
