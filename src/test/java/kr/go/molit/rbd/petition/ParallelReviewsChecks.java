package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Two divisions submit their reviews of one petition at the same moment, through {@code submit-form}
 * as Tasklist does. Their transactions meet at the parallel step's join (both update its counters);
 * the database lets one commit and fails the other's optimistic lock. Both officials must get their
 * submission accepted, and the petition must go on with both reviews.
 *
 * <p>To make the two transactions meet every time, the test holds the join counter's row locked
 * until both submissions wait on the database, then lets them go.
 */
abstract class ParallelReviewsChecks {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  EngineRest rest;

  @BeforeEach
  void client() {
    rest = new EngineRest(http);
  }

  /** How many of this database's sessions wait for a lock right now. */
  abstract int sessionsWaitingForALock(Connection connection) throws Exception;

  @Test
  void twoReviewsSubmittedAtTheSameMomentAreBothKeptAndThePetitionGoesOn() throws Exception {
    String number = rest.submitStartForm("busan.official", "regional-petition", Petitions.form("부산 도심 철도 지하화", "railway"));
    ok(rest.completeTask("council.secretary", number, "completeness-check", Map.of("completenessDecision", "complete")));
    ok(rest.completeTask("council.secretary", number, "council-review",
        Map.of("councilOutcome", "forward", "councilOpinion", "기획단 검토가 필요합니다.")));
    Map<String, String> taskIds = Map.of(
        "railway-policy.officer", claimed("railway-policy.officer", number),
        "railway-construction.officer", claimed("railway-construction.officer", number));
    ProcessInstance petition = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult();

    ExecutorService officials = Executors.newFixedThreadPool(2);
    List<Future<ResponseEntity<String>>> submissions;
    try (Connection lock = dataSource.getConnection()) {
      lock.setAutoCommit(false);
      try (PreparedStatement counter = lock.prepareStatement(
          "SELECT ID_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND NAME_ = 'nrOfCompletedInstances' FOR UPDATE")) {
        counter.setString(1, petition.getId());
        try (ResultSet rows = counter.executeQuery()) {
          assertThat(rows.next()).as("the parallel reviews' completion counter").isTrue();
        }
      }
      submissions = taskIds.entrySet().stream().map(review -> officials.submit(() -> rest.post(review.getKey(),
          "/task/" + review.getValue() + "/submit-form", body(review.getKey())))).toList();
      try (Connection watch = dataSource.getConnection()) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sessionsWaitingForALock(watch) < 2) {
          assertThat(System.nanoTime()).as("both submissions waiting on the database").isLessThan(deadline);
          assertThat(submissions).as("no submission may finish while the counter is locked").noneMatch(Future::isDone);
          Thread.sleep(20);
        }
      }
      lock.commit();
    }
    try {
      for (Future<ResponseEntity<String>> submission : submissions) {
        ok(submission.get(60, TimeUnit.SECONDS));
      }
    } finally {
      officials.shutdownNow();
    }

    String summary = (String) engine.getRuntimeService().getVariable(petition.getId(), "divisionReviewSummary");
    assertThat(summary).contains("철도정책과").contains("철도건설과");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(petition.getId()).list())
        .extracting(task -> task.getTaskDefinitionKey()).containsExactly("consolidate-direction");
  }

  private String claimed(String user, String number) {
    String taskId = rest.awaitTask(user, number, "division-review");
    ok(rest.post(user, "/task/" + taskId + "/claim", Map.of("userId", user)));
    return taskId;
  }

  private static Object body(String user) {
    return Map.of("variables", EngineRest.variables(Map.of("divisionOpinion", "accept",
        "divisionRationale", user + " 검토 결과 타당함", "consultMinistries", List.of(), "adviceGroupsRequested", List.of())));
  }

  private static void ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
  }
}
