package kr.go.molit.rbd.forum;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A forum session's round trip through the engine's REST API, as the forum secretary and the
 * minister's office sign in with HTTP Basic: start form, curation, approval, meeting, decisions,
 * deliveries by the job executor, minutes downloaded, petitions linked to the session.
 */
abstract class ForumSessionChecks {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  Officials officials;
  PetitionsAwaitingForum petitions;

  @BeforeEach
  void setUp() {
    officials = new Officials(engine);
    petitions = awaitingForum(officials, engine);
  }

  /**
   * Petitions carried to the Forum by the server's job executor, as a running server carries them:
   * each waits until the divisions' reviews have continued to 지원 방향 종합.
   */
  static PetitionsAwaitingForum awaitingForum(Officials officials, ProcessEngine engine) {
    return new PetitionsAwaitingForum(
        officials,
        p ->
            await(
                "division review continued",
                () ->
                    engine
                            .getTaskService()
                            .createTaskQuery()
                            .processInstanceId(p.getId())
                            .taskDefinitionKey("consolidate-direction")
                            .count()
                        == 1));
  }

  @Test
  void sessionRoundTripThroughRest() throws Exception {
    ProcessInstance adopted = petitions.petition(1, "REST 왕복 채택");
    ProcessInstance rejected = petitions.petition(2, "REST 왕복 불채택");
    String session =
        post(
                "forum.secretary",
                "/engine-rest/process-definition/key/forum-session/submit-form",
                Map.of(
                    "variables",
                    vars(
                        "sessionTitle",
                        "제5차 지역균형발전포럼",
                        "sessionDate",
                        "2026-04-02",
                        "venue",
                        "세종",
                        "theme",
                        "권역 전략")))
            .path("id")
            .asText();
    assertThat(
            get("forum.secretary", "/engine-rest/process-instance/" + session)
                .path("businessKey")
                .asText())
        .isEqualTo("제5차 지역균형발전포럼");
    // The secretariat's task list names the session beside its task, as it names a petition.
    assertThat(listedBeside("forum.secretary", session))
        .containsEntry("sessionTitle", "제5차 지역균형발전포럼");

    submit(
        "forum.secretary",
        session,
        "curate-agenda",
        Map.of(
            "includedPetitions",
            Map.of(
                "type",
                "Json",
                "value",
                JSON.writeValueAsString(
                    List.of(adopted.getBusinessKey(), rejected.getBusinessKey()))),
            "agendaOrder",
            Map.of("value", "", "type", "String")));
    submit("minister.office", session, "approve-agenda", vars("agendaApproval", "approve"));
    submit("forum.secretary", session, "record-meeting", vars("meetingSummary", "권역 전략 논의"));
    for (JsonNode task : tasks("forum.secretary", session, "record-forum-decision")) {
      String number =
          get(
                  "forum.secretary",
                  "/engine-rest/task/" + task.path("id").asText() + "/variables/petitionNumber")
              .path("value")
              .asText();
      String decision = number.equals(adopted.getBusinessKey()) ? "adopted" : "rejected";
      ResponseEntity<String> documents =
          WebappSession.signIn(http, "forum.secretary", "demo")
              .exchange(
                  HttpMethod.GET,
                  "/petitions/documents?task=" + task.path("id").asText(),
                  null,
                  null);
      assertThat(documents.getStatusCode())
          .as("an agenda item's task shows its petition's documents in Tasklist's tab")
          .isEqualTo(HttpStatus.OK);
      JsonNode tab = JSON.readTree(documents.getBody());
      assertThat(tab.path("number").asText()).isEqualTo(number);
      assertThat(tab.path("mayAttach").asBoolean())
          .as("the secretariat is on none of the petition's own steps")
          .isFalse();
      assertThat(tab.has("token")).isFalse();
      claimAndSubmit(
          "forum.secretary",
          task.path("id").asText(),
          vars("forumDecision", decision, "forumDirection", "방향 " + number));
    }
    await(
        "session ended",
        () ->
            engine
                    .getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processInstanceId(session)
                    .completed()
                    .count()
                == 1);

    JsonNode minutes =
        get(
                "forum.secretary",
                "/engine-rest/history/variable-instance?processInstanceId="
                    + session
                    + "&variableName=minutes&maxResults=10")
            .get(0);
    ResponseEntity<byte[]> document =
        http.withBasicAuth("forum.secretary", "demo")
            .getForEntity(
                "/engine-rest/history/variable-instance/" + minutes.path("id").asText() + "/data",
                byte[].class);
    assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(document.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(new String(document.getBody(), StandardCharsets.UTF_8))
        .contains("제5차 지역균형발전포럼 회의록")
        .contains("REST 왕복 채택")
        .contains("채택 1건")
        .contains("불채택 1건");
    // The Forum's members read the minutes of their sessions; a region reads none of it.
    JsonNode membersCopy =
        get(
            "forum.member01",
            "/engine-rest/history/variable-instance?processInstanceId="
                + session
                + "&variableName=minutes&maxResults=10");
    assertThat(membersCopy).hasSize(1);
    ResponseEntity<byte[]> membersDocument =
        http.withBasicAuth("forum.member01", "demo")
            .getForEntity(
                "/engine-rest/history/variable-instance/"
                    + membersCopy.get(0).path("id").asText()
                    + "/data",
                byte[].class);
    assertThat(membersDocument.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(membersDocument.getBody()).isEqualTo(document.getBody());
    assertThat(
            get(
                "busan.official",
                "/engine-rest/history/variable-instance?processInstanceId="
                    + session
                    + "&variableName=minutes&maxResults=10"))
        .isEmpty();
    assertThat(
            http.withBasicAuth("busan.official", "demo")
                .getForEntity(
                    "/engine-rest/history/variable-instance/"
                        + membersCopy.get(0).path("id").asText()
                        + "/data",
                    String.class)
                .getStatusCode()
                .is4xxClientError())
        .isTrue();
    for (ProcessInstance petition : List.of(adopted, rejected)) {
      String link =
          get(
                  "forum.secretary",
                  "/engine-rest/process-instance/"
                      + petition.getId()
                      + "/variables/forumSessionLink")
              .path("value")
              .asText();
      assertThat(link).isEqualTo("/engine-rest/history/process-instance/" + session);
      assertThat(get("forum.secretary", link).path("id").asText()).isEqualTo(session);
      assertThat(
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceId(petition.getId())
                  .taskDefinitionKey("acknowledge-result")
                  .count())
          .isEqualTo(1);
    }
    // The region reads the decision's session and direction in its petition's status; the
    // session's record itself stays the Forum's.
    JsonNode status = get("daegu.official", "/api/petitions/" + adopted.getBusinessKey());
    assertThat(status.path("forumSessionTitle").asText()).isEqualTo("제5차 지역균형발전포럼");
    assertThat(status.path("forumDirection").asText()).isEqualTo("방향 " + adopted.getBusinessKey());
    assertThat(
            http.withBasicAuth("daegu.official", "demo")
                .getForEntity(status.path("forumSessionLink").asText(), String.class)
                .getStatusCode()
                .is4xxClientError())
        .isTrue();
    assertThat(
            get("gwangju.official", "/api/petitions/" + rejected.getBusinessKey())
                .path("forumDirection")
                .asText())
        .isEqualTo("방향 " + rejected.getBusinessKey());
  }

  /** The variables Tasklist shows beside the user's task of {@code instance} in "우리 기관 업무". */
  Map<String, String> listedBeside(String user, String instance) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    String tasklistBody = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    Map<String, String> shown = new LinkedHashMap<>();
    for (JsonNode filter :
        get(user, "/engine-rest/filter?resourceType=Task&name=우리 기관 업무&maxResults=100")) {
      ResponseEntity<String> page =
          http.withBasicAuth(user, "demo")
              .exchange(
                  "/engine-rest/filter/"
                      + filter.path("id").asText()
                      + "/list?firstResult=0&maxResults=50",
                  HttpMethod.POST,
                  new HttpEntity<>(tasklistBody, headers),
                  String.class);
      assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
      for (JsonNode task : read(page.getBody()).path("_embedded").path("task")) {
        if (task.path("processInstanceId").asText().equals(instance)) {
          task.path("_embedded")
              .path("variable")
              .forEach(v -> shown.put(v.path("name").asText(), v.path("value").asText()));
        }
      }
    }
    return shown;
  }

  /**
   * A session started while another session's decision for a petition is being delivered (the
   * delivery's transaction has given back its claim but not yet committed) must not take that
   * petition as a candidate: once the delivery commits, it no longer waits for the Forum. On
   * PostgreSQL the new session's claim waits for the delivery's transaction and then succeeds.
   */
  @Test
  void aSessionStartedDuringADeliveryDoesNotTakeThePetitionJustDecided() throws Exception {
    ProcessInstance petition = petitions.petition(3, "전달 중인 건의");
    String number = petition.getBusinessKey();
    ProcessInstance first = startSession("전달 중 회의 1");
    assertThat(agendaCandidates(first)).contains(number);

    CountDownLatch delivered = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> delivery =
          threads.submit(
              () ->
                  configuration
                      .getCommandExecutorTxRequired()
                      .execute(
                          command -> {
                            boolean done =
                                decisions.deliver(
                                    new DecisionDelivery.Decision(
                                        number,
                                        first.getId(),
                                        "전달 중 회의 1",
                                        "/link",
                                        "adopted",
                                        "채택"));
                            delivered.countDown();
                            await(commit);
                            return done;
                          }));
      assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
      Future<ProcessInstance> second = threads.submit(() -> startSession("전달 중 회의 2"));
      Thread.sleep(1000);
      commit.countDown();
      assertThat(delivery.get(30, TimeUnit.SECONDS)).isTrue();
      assertThat(agendaCandidates(second.get(30, TimeUnit.SECONDS))).doesNotContain(number);
      assertThat(agenda.heldBy(second.get().getId())).doesNotContain(number);
    } finally {
      commit.countDown();
      threads.shutdownNow();
    }
  }

  @Autowired DecisionDelivery decisions;
  @Autowired ForumAgenda agenda;

  ProcessInstance startSession(String title) {
    return officials.start(
        "forum.secretary",
        ForumVariables.PROCESS_KEY,
        Officials.pairs(
            "sessionTitle", title, "sessionDate", "2026-12-18", "venue", "세종", "theme", "시험"));
  }

  @SuppressWarnings("unchecked")
  List<String> agendaCandidates(ProcessInstance session) {
    return ((List<Map<String, Object>>)
            engine
                .getRuntimeService()
                .getVariable(session.getId(), ForumVariables.AGENDA_CANDIDATES))
        .stream().map(c -> (String) c.get("petitionNumber")).toList();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Map<String, Object> vars(String... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put(keyValues[i], Map.of("value", keyValues[i + 1], "type", "String"));
    }
    return variables;
  }

  void submit(String user, String session, String taskKey, Map<String, Object> variables) {
    JsonNode task = tasks(user, session, taskKey).get(0);
    claimAndSubmit(user, task.path("id").asText(), variables);
  }

  void claimAndSubmit(String user, String taskId, Map<String, Object> variables) {
    post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
  }

  JsonNode tasks(String user, String session, String taskKey) {
    JsonNode tasks =
        get(
            user,
            "/engine-rest/task?processInstanceId="
                + session
                + "&taskDefinitionKey="
                + taskKey
                + "&maxResults=100");
    assertThat(tasks.size())
        .as(
            () ->
                taskKey
                    + " for "
                    + user
                    + "; session at "
                    + engine.getRuntimeService().getActiveActivityIds(session)
                    + ", agenda "
                    + engine.getRuntimeService().getVariable(session, ForumVariables.AGENDA))
        .isPositive();
    return tasks;
  }

  JsonNode get(String user, String path) {
    ResponseEntity<String> response =
        http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode())
        .as(path + ": " + response.getBody())
        .isEqualTo(HttpStatus.OK);
    return read(response.getBody());
  }

  JsonNode post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response =
        http.withBasicAuth(user, "demo")
            .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    assertThat(response.getStatusCode().is2xxSuccessful())
        .as(path + ": " + response.getBody())
        .isTrue();
    return read(response.getBody());
  }

  static JsonNode read(String body) {
    try {
      return body == null ? JSON.nullNode() : JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
