package kr.go.molit.rbd.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.ProcessTest;
import kr.go.molit.rbd.notification.Notification;
import kr.go.molit.rbd.notification.NotificationLedger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** forum-session walked as the forum secretariat and the minister's office, with real petitions. */
@ProcessTest
class ForumSessionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired NotificationLedger notifications;
  @Autowired JdbcTemplate jdbc;
  @Autowired DecisionDelivery delivery;
  @Autowired ForumAgenda agenda;
  Officials officials;
  PetitionsAwaitingForum petitions;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    officials = new Officials(engine);
    petitions = new PetitionsAwaitingForum(officials, officials::runDueJobs);
    // Process tests share one database: start from no open session and no waiting petition.
    var runtime = engine.getRuntimeService();
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(ForumVariables.PROCESS_KEY)
        .list()
        .forEach(s -> runtime.deleteProcessInstance(s.getId(), "test reset"));
    runtime
        .createProcessInstanceQuery()
        .activityIdIn("await-forum-decision")
        .list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset"));
  }

  ProcessInstance startSession(String title) {
    return officials.start(
        "forum.secretary",
        ForumVariables.PROCESS_KEY,
        Officials.pairs(
            "sessionTitle",
            title,
            "sessionDate",
            "2026-03-05",
            "venue",
            "정부세종청사",
            "theme",
            "권역별 원팀 전략"));
  }

  @SuppressWarnings("unchecked")
  static List<String> candidates(ProcessEngine engine, ProcessInstance session) {
    List<Map<String, Object>> candidates =
        (List<Map<String, Object>>)
            engine
                .getRuntimeService()
                .getVariable(session.getId(), ForumVariables.AGENDA_CANDIDATES);
    return candidates.stream().map(c -> (String) c.get("petitionNumber")).toList();
  }

  void curate(ProcessInstance session, List<String> included, String order) {
    officials.complete(
        "forum.secretary",
        session,
        "curate-agenda",
        Map.of(
            "includedPetitions",
            Variables.objectValue(new ArrayList<>(included))
                .serializationDataFormat("application/json")
                .create(),
            "agendaOrder",
            order,
            "agendaNote",
            "권역별 <안건> 우선"));
  }

  void approveAndMeet(ProcessInstance session) {
    officials.complete("minister.office", session, "approve-agenda", "agendaApproval", "approve");
    officials.complete(
        "forum.secretary", session, "record-meeting", "meetingSummary", "권역별 원팀 전략을 논의함");
  }

  /** Records each item's decision through its own task; the decision by petition number. */
  void decide(ProcessInstance session, Map<String, String> decisions) {
    officials.as(
        "forum.secretary",
        () -> {
          for (Task task :
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceId(session.getId())
                  .taskDefinitionKey("record-forum-decision")
                  .listPage(0, 200)) {
            String number =
                (String) engine.getTaskService().getVariable(task.getId(), "petitionNumber");
            engine.getTaskService().claim(task.getId(), "forum.secretary");
            engine
                .getFormService()
                .submitTaskForm(
                    task.getId(),
                    Map.of(
                        "forumDecision",
                        decisions.get(number),
                        "forumDirection",
                        "포럼 방향: " + number));
          }
          return null;
        });
  }

  ProcessInstance sessionDeciding(Map<String, String> decisions) {
    ProcessInstance session = startSession("제1차 지역균형발전포럼");
    curate(session, List.copyOf(decisions.keySet()), "");
    approveAndMeet(session);
    decide(session, decisions);
    return session;
  }

  @Test
  void twentyPetitionsFromSeveralRegionsThroughOneSession() {
    List<ProcessInstance> waiting = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      waiting.add(petitions.petition(i, i == 3 ? "<script>alert(1)</script> 철도" : "지역 건의 " + i));
    }
    List<String> numbers = waiting.stream().map(ProcessInstance::getBusinessKey).toList();
    ProcessInstance session = startSession("제1차 <지역균형발전포럼>");
    assertThat(candidates(engine, session)).containsExactlyElementsOf(numbers);
    assertThat(session)
        .isWaitingAt("curate-agenda")
        .variables()
        .containsEntry("candidateCount", 20);
    curate(session, numbers, "20, 1, " + numbers.get(4));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> agendaItems =
        (List<Map<String, Object>>)
            engine.getRuntimeService().getVariable(session.getId(), ForumVariables.AGENDA);
    assertThat(agendaItems)
        .extracting(i -> i.get("petitionNumber"))
        .startsWith(numbers.get(19), numbers.get(0), numbers.get(4), numbers.get(1))
        .hasSize(20);
    approveAndMeet(session);
    // once approved, the Forum's members hear when, where and what; each region, of its petition
    Map<String, Object> announcement =
        jdbc.queryForMap(
            "SELECT recipient_group, subject, body FROM rbd_notification WHERE notification_key = ?",
            "forum-announcement:" + session.getId() + ":forum-members");
    assertThat(announcement.get("subject")).isEqualTo("[지역균형발전포럼] 제1차 <지역균형발전포럼> 개최 안내");
    assertThat((String) announcement.get("body"))
        .contains(
            "제1차 <지역균형발전포럼> 개최를 다음과 같이 안내합니다.",
            "일자: 2026년 3월 5일 (목)",
            "장소: 정부세종청사",
            "주제: 권역별 원팀 전략",
            "상정 안건")
        .contains("1. " + numbers.get(19) + " ", "2. " + numbers.get(0) + " ")
        .contains("<script>alert(1)</script> 철도");
    for (String number : numbers) {
      assertThat(notifications.forPetition(number))
          .singleElement()
          .satisfies(
              n -> {
                assertThat(n.subject()).isEqualTo("[지역 건의 " + number + "] 지역균형발전포럼 안건 상정");
                assertThat(n.recipientGroup()).startsWith("region-");
                assertThat(n.body()).contains("제1차 <지역균형발전포럼> (2026년 3월 5일 (목), 정부세종청사)");
              });
    }
    Map<String, String> decisions = new HashMap<>();
    String[] codes = {"adopted", "conditional", "rejected", "deferred"};
    for (int i = 0; i < 20; i++) {
      decisions.put(numbers.get(i), codes[i % 4]);
    }
    decide(session, decisions);
    officials.runDueJobs(session);

    assertThat(session).isEnded().hasPassed("compile-minutes", "session-closed");
    for (int i = 0; i < 20; i++) {
      ProcessInstance petition = waiting.get(i);
      if (codes[i % 4].equals("deferred")) {
        assertThat(petition).isWaitingAt("await-forum-decision");
      } else {
        assertThat(petition)
            .isWaitingAt("acknowledge-result")
            .variables()
            .containsEntry("forumDecision", codes[i % 4])
            .containsEntry("forumSessionId", session.getId())
            .containsEntry("forumSessionTitle", "제1차 <지역균형발전포럼>")
            .containsEntry(
                "forumSessionLink", "/engine-rest/history/process-instance/" + session.getId())
            .containsEntry("forumDirection", "포럼 방향: " + numbers.get(i));
        assertThat(resultNotices(numbers.get(i))).hasSize(1);
      }
    }
    assertThat(delivery.deliveredBy(session.getId())).hasSize(15);
    assertThat(agenda.heldBy(session.getId())).isEmpty();
    String minutes = minutesOf(session);
    assertThat(minutes)
        .contains("<html lang=\"ko\">")
        .contains("제1차 &lt;지역균형발전포럼&gt; 회의록")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; 철도")
        .doesNotContain("<script>")
        .contains("채택 5건, 조건부 채택 5건, 보류 5건, 불채택 5건")
        .contains("권역별 원팀 전략을 논의함")
        .contains("<th>일자</th><td>2026년 3월 5일 (목)</td>");
    // the 보류 items are the next session's candidates
    ProcessInstance next = startSession("제2차 지역균형발전포럼");
    assertThat(candidates(engine, next))
        .hasSize(5)
        .allMatch(n -> decisions.get(n).equals("deferred"));
  }

  String minutesOf(ProcessInstance session) {
    var variable =
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(session.getId())
            .variableName(ForumVariables.MINUTES)
            .singleResult();
    FileValue file = (FileValue) variable.getTypedValue();
    assertThat(file.getMimeType()).isEqualTo("text/html");
    assertThat(file.getFilename()).isEqualTo("minutes-" + session.getId() + ".html");
    return new String(
        engine
                    .getHistoryService()
                    .createHistoricVariableInstanceQuery()
                    .variableId(variable.getId())
                    .singleResult()
                    .getTypedValue()
                instanceof FileValue f
            ? readAll(f)
            : new byte[0],
        StandardCharsets.UTF_8);
  }

  static byte[] readAll(FileValue file) {
    try (var in = file.getValue()) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void deferredCandidatesStayForTheNextSessionAndTwoSessionsNeverHoldTheSamePetition() {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numbers.add(petitions.petition(i, "이월 시험 " + i).getBusinessKey());
    }
    ProcessInstance first = startSession("제1차");
    assertThat(candidates(engine, first)).containsExactlyElementsOf(numbers);
    assertThat(candidates(engine, startSession("동시 소집"))).as("held by the first session").isEmpty();
    assertThatThrownBy(() -> curate(first, List.of(numbers.get(0)), "2"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'안건 순서'(agendaOrder)");
    curate(first, List.of(numbers.get(0)), "");
    assertThatThrownBy(
            () ->
                officials.complete(
                    "minister.office", first, "approve-agenda", "agendaApproval", "return"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'장관실 의견'");
    officials.complete(
        "minister.office",
        first,
        "approve-agenda",
        "agendaApproval",
        "return",
        "approvalComment",
        "두 건을 함께 상정하십시오.");
    assertThat(first).isWaitingAt("curate-agenda");
    curate(first, List.of(numbers.get(0), numbers.get(2)), "");
    approveAndMeet(first);
    ProcessInstance second = startSession("제2차");
    assertThat(candidates(engine, second))
        .as("the deferred one only")
        .containsExactly(numbers.get(1));
    decide(first, Map.of(numbers.get(0), "adopted", numbers.get(2), "deferred"));
    officials.runDueJobs(first);
    assertThat(first).isEnded();
    assertThat(candidates(engine, startSession("제3차")))
        .as("the one left 보류")
        .containsExactly(numbers.get(2));
  }

  @Test
  void sessionWithoutCandidatesStillMeetsAndKeepsMinutes() {
    ProcessInstance session = startSession("정책 방향 토론회");
    // operators and the secretariat find a session by its title (Cockpit's list, Tasklist's search)
    assertThat(
            engine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("정책 방향 토론회")
                .singleResult()
                .getId())
        .isEqualTo(session.getId());
    // due five working days before the meeting of Thursday 5 March, at the end of the working day
    // in Korea: 4 and 3 March, then 27, 26 and 25 February (2 March is 대체공휴일, for 3·1절)
    assertThat(task("curate-agenda", session).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-02-25T09:00:00Z")));
    assertThat(session)
        .isWaitingAt("curate-agenda")
        .variables()
        .containsEntry("candidateCount", 0)
        .extractingByKey("agendaCandidatesText")
        .asString()
        .contains("포럼 결정을 기다리는 건의가 없습니다");
    assertThatThrownBy(() -> curate(session, List.of("RP-2026-99999"), ""))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(includedPetitions): 'RP-2026-99999'은(는) 선택할 수 있는 값이 아닙니다");
    curate(session, List.of(), "");
    approveAndMeet(session);
    officials.runDueJobs(session);
    assertThat(session).isEnded().hasPassed("session-closed");
    assertThat(minutesOf(session)).contains("상정 안건이 없었습니다").contains("상정 0건");
  }

  @Test
  void deliveryRetriedAfterAFailureAppliesTheDecisionOnce() {
    ProcessInstance petition = petitions.petition(0, "재시도 시험");
    ProcessInstance session = sessionDeciding(Map.of(petition.getBusinessKey(), "conditional"));
    runJobsUntil(session, "deliver-forum-decision");
    // the petition cannot take the message now: the first attempt fails and rolls back
    engine.getRuntimeService().suspendProcessInstanceById(petition.getId());
    Job job = deliveryJob(session);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();
    assertThat(deliveryJob(session).getRetries()).isEqualTo(2);
    assertThat(delivery.deliveredBy(session.getId())).isEmpty();
    engine.getRuntimeService().activateProcessInstanceById(petition.getId());
    assertThat(petition).isWaitingAt("await-forum-decision");

    engine.getManagementService().executeJob(job.getId());
    officials.runDueJobs(session);
    assertThat(session).isEnded();
    assertThat(petition)
        .isWaitingAt("acknowledge-result")
        .variables()
        .containsEntry("petitionOutcome", "PARTLY_ACCEPTED");
    assertThat(delivery.deliveredBy(session.getId())).containsExactly(petition.getBusinessKey());
    assertThat(resultNotices(petition.getBusinessKey())).hasSize(1);
  }

  @Test
  void aCrashBeforeCommitLosesNothingAndAReplayAppliesNothing() {
    ProcessInstance petition = petitions.petition(0, "재실행 시험");
    String number = petition.getBusinessKey();
    ProcessInstance session = sessionDeciding(Map.of(number, "adopted"));
    var decision =
        new DecisionDelivery.Decision(number, session.getId(), "제1차", "/link", "rejected", "재실행");
    // delivered, then the node dies before the commit: the correlation and the ledger row go
    // together
    assertThatThrownBy(
            () ->
                inOneCommand(
                    () -> {
                      assertThat(delivery.deliver(decision)).isTrue();
                      throw new IllegalStateException("node crashed before commit");
                    }))
        .hasMessageContaining("node crashed");
    assertThat(petition).isWaitingAt("await-forum-decision");
    assertThat(delivery.deliveredBy(session.getId())).isEmpty();

    officials.runDueJobs(session);
    assertThat(petition)
        .isWaitingAt("acknowledge-result")
        .variables()
        .containsEntry("forumDecision", "adopted");
    // a replay of the same delivery (or of another decision for it) changes nothing
    assertThat(inOneCommand(() -> delivery.deliver(decision))).isFalse();
    assertThat(petition)
        .variables()
        .containsEntry("forumDecision", "adopted")
        .containsEntry("forumDirection", "포럼 방향: " + number);
    assertThat(delivery.deliveredBy(session.getId())).containsExactly(number);
    assertThat(resultNotices(number)).hasSize(1);
  }

  /** The result notices of a petition (besides the notice that it is on a Forum's agenda). */
  List<Notification> resultNotices(String number) {
    return notifications.forPetition(number).stream()
        .filter(n -> n.key().startsWith("result:"))
        .toList();
  }

  <T> T inOneCommand(java.util.function.Supplier<T> work) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(context -> work.get());
  }

  Job deliveryJob(ProcessInstance session) {
    String definition =
        engine
            .getManagementService()
            .createJobDefinitionQuery()
            .processDefinitionId(session.getProcessDefinitionId())
            .activityIdIn("deliver-forum-decision")
            .list()
            .stream()
            .filter(d -> "async-before".equals(d.getJobConfiguration()))
            .findFirst()
            .orElseThrow()
            .getId();
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(session.getId())
        .jobDefinitionId(definition)
        .singleResult();
  }

  /** Runs the session's jobs until only those of the activity are left. */
  void runJobsUntil(ProcessInstance session, String activityId) {
    var management = engine.getManagementService();
    for (Job job;
        (job =
                management
                    .createJobQuery()
                    .processInstanceId(session.getId())
                    .executable()
                    .list()
                    .stream()
                    .filter(
                        j ->
                            !activityId.equals(
                                management
                                    .createJobDefinitionQuery()
                                    .jobDefinitionId(j.getJobDefinitionId())
                                    .singleResult()
                                    .getActivityId()))
                    .findFirst()
                    .orElse(null))
            != null; ) {
      management.executeJob(job.getId());
    }
  }
}
