package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.support.EngineRest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Officials acting on one petition at the same moment. Two divisions submit their reviews of one
 * petition at the same moment, through {@code submit-form} as Tasklist does; the join of the
 * reviews runs in the transaction of whichever completes last. Both officials must get their
 * submission accepted and the petition must go on with both reviews: the completions take turns
 * (CompletionLock), and a completion that meets another change of the step runs again
 * (CompletionConflictRetry).
 *
 * <p>Two members of one group claiming the same task, or an official's change meeting another
 * transaction's change of the task, answer 409 with a Korean message (EngineConflicts), not 500; a
 * task completed meanwhile answers 404.
 *
 * <p>To make the transactions meet every time, the test holds the join counter's row locked until
 * the submissions wait on the database, then lets them go.
 */
abstract class ParallelReviewsChecks {

  static final String COUNTER =
      "SELECT ID_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND NAME_ = 'nrOfCompletedInstances'";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired MeterRegistry meters;
  EngineRest rest;

  @BeforeEach
  void client() {
    rest = new EngineRest(http);
  }

  /** How many of this database's sessions wait for a lock right now. */
  abstract int sessionsWaitingForALock(Connection connection) throws Exception;

  @Test
  void twoReviewsSubmittedAtTheSameMomentTakeTurnsAndAreBothKept() throws Exception {
    String number = forwardedToRailwayDivisions();
    Map<String, String> reviews =
        Map.of(
            "railway-policy.officer", claimed("railway-policy.officer", number),
            "railway-construction.officer", claimed("railway-construction.officer", number));
    double retriesBefore = retries();

    List<ResponseEntity<String>> answers = submittedWhileTheCounterIsHeld(number, reviews, false);

    answers.forEach(EngineRest::ok);
    assertThat(retries()).as("completions run again").isEqualTo(retriesBefore);
    assertWaitingForConsolidationWithBothReviews(number);
  }

  @Test
  void aReviewThatMeetsAnotherChangeOfItsStepRunsAgain() throws Exception {
    String number = forwardedToRailwayDivisions();
    ok(
        rest.completeTask(
            "railway-policy.officer", number, "division-review", review("railway-policy.officer")));
    Map<String, String> review =
        Map.of("railway-construction.officer", claimed("railway-construction.officer", number));
    double retriesBefore = retries();

    List<ResponseEntity<String>> answers = submittedWhileTheCounterIsHeld(number, review, true);

    answers.forEach(EngineRest::ok);
    assertThat(retries()).as("completions run again").isEqualTo(retriesBefore + 1);
    assertWaitingForConsolidationWithBothReviews(number);
  }

  @Test
  void aTaskAnotherMemberOfTheGroupClaimedFirstAnswersConflictInKorean() {
    String number =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("부산 항만 재개발", "railway"));
    String taskId = rest.awaitTask("council.secretary", number, "completeness-check");
    ok(
        rest.post(
            "council.secretary",
            "/task/" + taskId + "/claim",
            Map.of("userId", "council.secretary")));
    withSecondSecretary(
        () -> {
          ResponseEntity<String> engineRest =
              rest.post(
                  SECOND_SECRETARY,
                  SECOND_PASSWORD,
                  "/task/" + taskId + "/claim",
                  Map.of("userId", SECOND_SECRETARY));
          ResponseEntity<String> tasklist =
              WebappSession.signIn(http, SECOND_SECRETARY, SECOND_PASSWORD)
                  .postJson(
                      "/camunda/api/engine/engine/default/task/" + taskId + "/claim",
                      "{\"userId\":\"" + SECOND_SECRETARY + "\"}");
          for (ResponseEntity<String> answer : List.of(engineRest, tasklist)) {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
            assertThat(EngineRest.read(answer.getBody()).path("message").asText())
                .contains("이미 다른 담당자")
                .contains("council.secretary");
          }
        });
    assertThat(
            engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("council.secretary");
  }

  @Test
  void anUnclaimThatMeetsAConcurrentChangeOfTheTaskAnswersConflict() throws Exception {
    String number =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("부산 신항 배후철도", "railway"));
    String taskId = rest.awaitTask("council.secretary", number, "completeness-check");
    ok(
        rest.post(
            "council.secretary",
            "/task/" + taskId + "/claim",
            Map.of("userId", "council.secretary")));
    ExecutorService official = Executors.newSingleThreadExecutor();
    try {
      Future<ResponseEntity<String>> unclaim;
      try (Connection lock = dataSource.getConnection()) {
        lock.setAutoCommit(false);
        try (PreparedStatement change =
            lock.prepareStatement("UPDATE ACT_RU_TASK SET REV_ = REV_ + 1 WHERE ID_ = ?")) {
          change.setString(1, taskId);
          assertThat(change.executeUpdate()).isEqualTo(1);
        }
        unclaim =
            official.submit(
                () -> rest.post("council.secretary", "/task/" + taskId + "/unclaim", Map.of()));
        awaitWaitingOnTheDatabase(List.of(unclaim));
        lock.commit();
      }
      ResponseEntity<String> answer = unclaim.get(60, TimeUnit.SECONDS);
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
      assertThat(EngineRest.read(answer.getBody()).path("type").asText())
          .isEqualTo("OptimisticLockingException");
      assertThat(EngineRest.read(answer.getBody()).path("message").asText()).contains("다른 사용자가");
    } finally {
      official.shutdownNow();
    }
    assertThat(
            engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .as("nothing of the refused unclaim kept")
        .isEqualTo("council.secretary");
  }

  @Test
  void aTaskCompletedMeanwhileAnswersNotFoundInKoreanAndNothingHappensTwice() {
    String number =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("부산 항만 재개발 2단계", "railway"));
    String taskId = rest.awaitTask("council.secretary", number, "completeness-check");
    ok(
        rest.post(
            "council.secretary",
            "/task/" + taskId + "/claim",
            Map.of("userId", "council.secretary")));
    String form = "{\"variables\":{\"completenessDecision\":{\"value\":\"complete\"}}}";
    ok(rest.post("council.secretary", "/task/" + taskId + "/submit-form", EngineRest.read(form)));

    WebappSession tasklist = WebappSession.signIn(http, "council.secretary", "demo");
    List<ResponseEntity<String>> answers =
        List.of(
            rest.post(
                "council.secretary", "/task/" + taskId + "/submit-form", EngineRest.read(form)),
            rest.post(
                "council.secretary",
                "/task/" + taskId + "/claim",
                Map.of("userId", "council.secretary")),
            tasklist.postJson(
                "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", form),
            rest.get("council.secretary", "/task/" + taskId + "/form-variables"));
    for (ResponseEntity<String> answer : answers) {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(404);
      // Tasklist recognises the engine's "task is null" and then takes the task off the screen
      assertThat(EngineRest.read(answer.getBody()).path("message").asText())
          .contains("이미 처리되었거나")
          .contains("task is null");
    }
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(petition(number).getId())
                .list())
        .extracting(task -> task.getTaskDefinitionKey())
        .containsExactly("council-review");
  }

  static final String SECOND_SECRETARY = "second.secretary";
  static final String SECOND_PASSWORD = "Hangang-2026-Secretariat!";

  /** A second member of the council secretariat while {@code work} runs. */
  private void withSecondSecretary(Runnable work) {
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(SECOND_SECRETARY);
    user.setFirstName("이지원");
    user.setLastName("주무관");
    user.setPassword(SECOND_PASSWORD);
    identity.saveUser(user);
    try {
      identity.createMembership(SECOND_SECRETARY, "council-secretariat");
      work.run();
    } finally {
      identity.deleteUser(SECOND_SECRETARY);
    }
  }

  private String forwardedToRailwayDivisions() {
    return rest.forwardedToDivisions("busan.official", Petitions.form("부산 도심 철도 지하화", "railway"));
  }

  /**
   * Submits the claimed reviews (official to task id) side by side while this test holds the join
   * counter's row, changed by the test itself when {@code changed}, and lets them go once each of
   * them waits on the database.
   */
  private List<ResponseEntity<String>> submittedWhileTheCounterIsHeld(
      String number, Map<String, String> reviews, boolean changed) throws Exception {
    String processInstanceId = petition(number).getId();
    ExecutorService officials = Executors.newFixedThreadPool(reviews.size());
    try {
      List<Future<ResponseEntity<String>>> submissions;
      try (Connection lock = dataSource.getConnection()) {
        lock.setAutoCommit(false);
        String counterId;
        try (PreparedStatement counter = lock.prepareStatement(COUNTER + " FOR UPDATE")) {
          counter.setString(1, processInstanceId);
          try (ResultSet rows = counter.executeQuery()) {
            assertThat(rows.next()).as("the parallel reviews' completion counter").isTrue();
            counterId = rows.getString(1);
          }
        }
        if (changed) {
          try (PreparedStatement change =
              lock.prepareStatement("UPDATE ACT_RU_VARIABLE SET REV_ = REV_ + 1 WHERE ID_ = ?")) {
            change.setString(1, counterId);
            assertThat(change.executeUpdate()).isEqualTo(1);
          }
        }
        submissions =
            reviews.entrySet().stream()
                .map(
                    review ->
                        officials.submit(
                            () ->
                                rest.post(
                                    review.getKey(),
                                    "/task/" + review.getValue() + "/submit-form",
                                    body(review.getKey()))))
                .toList();
        awaitWaitingOnTheDatabase(submissions);
        lock.commit();
      }
      List<ResponseEntity<String>> answers = new ArrayList<>();
      for (Future<ResponseEntity<String>> submission : submissions) {
        answers.add(submission.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      officials.shutdownNow();
    }
  }

  /** Until every call waits for a lock the test holds; none may finish meanwhile. */
  private void awaitWaitingOnTheDatabase(List<? extends Future<?>> calls) throws Exception {
    try (Connection watch = dataSource.getConnection()) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (sessionsWaitingForALock(watch) < calls.size()) {
        assertThat(System.nanoTime()).as("every call waiting on the database").isLessThan(deadline);
        assertThat(calls)
            .as("no call may finish while the test holds the row")
            .noneMatch(Future::isDone);
        Thread.sleep(20);
      }
    }
  }

  private void assertWaitingForConsolidationWithBothReviews(String number) {
    ProcessInstance petition = petition(number);
    String summary =
        (String) engine.getRuntimeService().getVariable(petition.getId(), "divisionReviewSummary");
    assertThat(summary).contains("철도정책과").contains("철도건설과");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(petition.getId()).list())
        .extracting(task -> task.getTaskDefinitionKey())
        .containsExactly("consolidate-direction");
  }

  private ProcessInstance petition(String number) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(number)
        .singleResult();
  }

  private double retries() {
    return meters.get("rbd.completion.retries").functionCounter().count();
  }

  private String claimed(String user, String number) {
    String taskId = rest.awaitTask(user, number, "division-review");
    ok(rest.post(user, "/task/" + taskId + "/claim", Map.of("userId", user)));
    return taskId;
  }

  private static Map<String, Object> review(String user) {
    return Map.of(
        "divisionOpinion",
        "accept",
        "divisionRationale",
        user + " 검토 결과 타당함",
        "consultMinistries",
        List.of(),
        "adviceGroupsRequested",
        List.of());
  }

  private static Object body(String user) {
    return Map.of("variables", EngineRest.variables(review(user)));
  }
}
