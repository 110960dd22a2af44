package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.Officials.petition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.ProcessTest;
import kr.go.molit.rbd.notification.NotificationLedger;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of regional-petition, walked as the directory's officials through the forms. */
@ProcessTest
class RegionalPetitionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired NotificationLedger notifications;
  Officials officials;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    officials = new Officials(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  ProcessInstance submittedAndForwarded(String region, String category) {
    return officials.forwardedToDivisions(region, petition(category));
  }

  void divisionReviews(
      ProcessInstance petition, Map<String, List<String>> ministriesByDivisionUser) {
    ministriesByDivisionUser.forEach(
        (user, ministries) -> officials.reviewAsDivision(user, petition, ministries, List.of()));
    officials.runDueJobs(petition);
  }

  void consolidateAndApprove(ProcessInstance petition, String direction, boolean toForum) {
    officials.complete(
        "tf.coordinator",
        petition,
        "consolidate-direction",
        "supportDirection",
        direction,
        "directionText",
        "단계적 지원",
        "sendToForum",
        toForum);
    officials.complete(
        "urban.director", petition, "approve-direction", "approvalDecision", "approve");
  }

  @Test
  void petitionIsNumberedAndBoundToTheSubmittersRegion() {
    var form = petition("railway");
    form.put("regionCode", "daegu");
    ProcessInstance petition = officials.submit("busan.official", form);
    assertThat(petition.getBusinessKey()).matches("RP-\\d{4}-\\d{5}");
    assertThat(petition)
        .variables()
        .containsEntry("regionCode", "busan")
        .containsEntry("regionName", "부산광역시")
        .containsEntry("petitionNumber", petition.getBusinessKey());
    assertThat(petition).isWaitingAt("completeness-check");
  }

  @Test
  void straightThroughWithoutConsultationAndWithoutForum() {
    ProcessInstance petition = submittedAndForwarded("busan.official", "railway");
    assertThat(petition).isWaitingAt("division-review");
    assertThat(
            engine.getTaskService().createTaskQuery().processInstanceId(petition.getId()).count())
        .isEqualTo(2);
    divisionReviews(
        petition,
        Map.of("railway-policy.officer", List.of(), "railway-construction.officer", List.of()));
    assertThat(petition)
        .isWaitingAt("consolidate-direction")
        .variables()
        .extractingByKey("divisionReviewSummary")
        .asString()
        .contains("철도정책과 (철도국 총괄): 수용")
        .contains("철도건설과 (지역 철도망): 수용");
    consolidateAndApprove(petition, "partial", false);
    assertThat(petition)
        .isWaitingAt("acknowledge-result")
        .variables()
        .containsEntry("petitionOutcome", "PARTLY_ACCEPTED")
        .containsEntry("outcomeLabel", "부분수용");
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .singleElement()
        .satisfies(n -> assertThat(n.recipientGroup()).isEqualTo("region-busan"));
    officials.complete(
        "busan.official", petition, "acknowledge-result", "resultAcknowledged", true);
    assertThat(petition).isEnded().hasPassed("petition-partly-accepted");
  }

  @Test
  void withConsultationAndForum() {
    ProcessInstance petition = submittedAndForwarded("gangwon.official", "airport");
    divisionReviews(
        petition,
        Map.of(
            "aviation-policy.officer",
            List.of("ministry-moef", "ministry-me"),
            "airports.officer",
            List.of("ministry-moef")));
    assertThat(petition).isWaitingAt("ministry-consultation");
    officials.complete(
        "moef.liaison",
        petition,
        "ministry-consultation",
        "consultationReply",
        "conditional",
        "consultationText",
        "예비타당성 조사 후 검토");
    officials.complete(
        "me.liaison",
        petition,
        "ministry-consultation",
        "consultationReply",
        "agree",
        "consultationText",
        "환경영향평가 협의 필요");
    officials.runDueJobs(petition);
    assertThat(petition)
        .isWaitingAt("record-consultation-result")
        .variables()
        .extractingByKey("consultationSummary")
        .asString()
        .contains("기획재정부: 조건부 동의")
        .contains("환경부: 동의");
    officials.complete(
        "tf.coordinator", petition, "record-consultation-result", "consultationResult", "조건부 동의");
    consolidateAndApprove(petition, "accept", true);
    assertThat(petition).isWaitingAt("await-forum-decision");
    engine
        .getRuntimeService()
        .createMessageCorrelation(PetitionVariables.FORUM_DECISION_MESSAGE)
        .processInstanceBusinessKey(petition.getBusinessKey())
        .setVariable("forumDecision", "conditional")
        .setVariable("forumDirection", "권역 공항 연계 조건")
        .correlate();
    assertThat(petition)
        .isWaitingAt("acknowledge-result")
        .variables()
        .containsEntry("petitionOutcome", "PARTLY_ACCEPTED");
    officials.complete(
        "gangwon.official", petition, "acknowledge-result", "resultAcknowledged", true);
    assertThat(petition).isEnded().hasPassed("petition-partly-accepted");
  }

  @Test
  void historyRecordsWhatOfficialsDecidedButNotTheDisplayCopiesAndCounters() {
    ProcessInstance petition = submittedAndForwarded("busan.official", "railway");
    divisionReviews(
        petition,
        Map.of("railway-policy.officer", List.of(), "railway-construction.officer", List.of()));
    assertThat(petition).isWaitingAt("consolidate-direction");
    assertThat(engine.getManagementService().getHistoryLevel()).isEqualTo(3);

    var task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(petition.getId())
            .singleResult();
    assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
        .containsEntry("petitionNumber", petition.getBusinessKey())
        .containsKeys("title", "regionName");
    var history =
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(petition.getId())
            .list();
    assertThat(history)
        .noneMatch(
            v ->
                v.getTaskId() != null
                    && List.of("petitionNumber", "title", "regionName").contains(v.getName()));
    assertThat(history)
        .extracting(v -> v.getName())
        .doesNotContain(
            "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter")
        .contains("petitionNumber", "title", "regionName", "councilOutcome", "divisionReviews");
    assertThat(history)
        .filteredOn(v -> v.getName().equals("divisionOpinion"))
        .hasSize(2)
        .allSatisfy(v -> assertThat(v.getValue()).isEqualTo("accept"));
    assertThat(
            engine
                .getHistoryService()
                .createHistoricDetailQuery()
                .processInstanceId(petition.getId())
                .formFields()
                .list())
        .extracting(d -> ((org.camunda.bpm.engine.history.HistoricFormField) d).getFieldId())
        .contains("completenessDecision", "councilOutcome", "divisionOpinion");
  }

  @Test
  void supplementLoopThenWithdrawal() {
    // Thursday 3 December 2026, 14:00 in Korea
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T05:00:00Z")));
    ProcessInstance petition = officials.submit("jeju.official", petition("other"));
    officials.supplementAsked(petition, "예산 자료를 보완해 주십시오.");
    assertThat(petition).isWaitingAt("supplement-petition").task().hasCandidateGroup("region-jeju");
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(petition.getId())
                .singleResult()
                .getDueDate())
        .as("seven working days, until 18:00 on Monday 14 December")
        .isEqualTo(Date.from(Instant.parse("2026-12-14T09:00:00Z")));
    // the region hears what to supplement and by when
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.recipientGroup()).isEqualTo("region-jeju");
              assertThat(n.subject()).isEqualTo("[지역 건의 " + petition.getBusinessKey() + "] 보완 요청");
              assertThat(n.body())
                  .contains("보완 요청 내용: 예산 자료를 보완해 주십시오.")
                  .contains("보완 기한: 2026년 12월 14일 (월) 18:00");
            });
    // when the due date passes, the region and the secretariat hear it; the task stays open
    Job overdue =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(petition.getId())
            .timers()
            .activityId("supplement-overdue")
            .singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-12-14T09:00:00Z")));
    engine.getManagementService().executeJob(overdue.getId());
    assertThat(petition).isWaitingAt("supplement-petition");
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .filteredOn(n -> n.subject().endsWith("보완 기한 경과"))
        .extracting(n -> n.recipientGroup() + ": " + n.body())
        .containsExactlyInAnyOrder(
            "region-jeju: '부산 도심 철도 지하화 지원 건의' 건의의 보완 기한(2026년 12월 14일 (월) 18:00)이 지났습니다."
                + " Tasklist의 '건의 보완 또는 철회' 업무에서 보완하여 다시 제출하거나 철회해 주십시오.",
            "council-secretariat: 제주특별자치도의 '부산 도심 철도 지하화 지원 건의' 건의가 보완 기한(2026년 12월 14일"
                + " (월) 18:00)까지 보완되지 않았습니다. 보완 요청 내용: 예산 자료를 보완해 주십시오.");
    Map<String, Object> resubmission = petition("other");
    resubmission.remove("category");
    resubmission.remove("contact");
    resubmission.put("supplementAction", "resubmit");
    resubmission.put("supplementNote", "예산 자료 첨부");
    officials.complete("jeju.official", petition, "supplement-petition", resubmission);
    assertThat(petition).isWaitingAt("completeness-check");
    officials.supplementAsked(petition, "다시 보완해 주십시오.");
    // a second request is a second notice
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .filteredOn(n -> n.subject().endsWith("보완 요청"))
        .extracting(n -> n.body())
        .hasSize(2)
        .anySatisfy(body -> assertThat(body).contains("다시 보완해 주십시오."));
    resubmission.put("supplementAction", "withdraw");
    resubmission.put("supplementNote", "자체 사업으로 추진");
    officials.complete("jeju.official", petition, "supplement-petition", resubmission);
    assertThat(petition)
        .isEnded()
        .hasPassed("petition-withdrawn")
        .variables()
        .containsEntry("petitionOutcome", "WITHDRAWN");
  }

  @Test
  void notAcceptedAtCouncilEndsWithReason() {
    ProcessInstance petition = officials.submit("daegu.official", petition("road"));
    officials.foundComplete(petition);
    officials.complete(
        "council.secretary",
        petition,
        "council-review",
        "councilOutcome",
        "rejected",
        "councilOpinion",
        "지방 재정 사업으로 추진할 사안입니다.");
    assertThat(petition)
        .isWaitingAt("acknowledge-result")
        .variables()
        .containsEntry("petitionOutcome", "NOT_ACCEPTED");
    assertThat(notifications.forPetition(petition.getBusinessKey()).get(0).body())
        .contains("지방 재정 사업으로 추진할 사안입니다.");
    officials.complete(
        "daegu.official", petition, "acknowledge-result", "resultAcknowledged", true);
    assertThat(petition).isEnded().hasPassed("petition-not-accepted");
  }

  @Test
  void settledAtCouncil() {
    ProcessInstance petition = officials.submit("ulsan.official", petition("gb-regulation"));
    officials.foundComplete(petition);
    officials.complete(
        "council.secretary",
        petition,
        "council-review",
        "councilOutcome",
        "settled",
        "councilOpinion",
        "지침 해석으로 해결");
    officials.complete(
        "ulsan.official", petition, "acknowledge-result", "resultAcknowledged", true);
    assertThat(petition).isEnded().hasPassed("petition-settled-at-council");
  }

  @Test
  void reminderAndEscalationFireWithoutCancellingTheConsultation() {
    // Thursday 3 December 2026, 14:00 in Korea
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T05:00:00Z")));
    ProcessInstance petition = submittedAndForwarded("chungbuk.official", "industrial-complex");
    divisionReviews(
        petition,
        Map.of(
            "land-policy.officer",
            List.of("ministry-motie"),
            "industrial-sites.officer",
            List.of()));
    List<Job> timers =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(petition.getId())
            .timers()
            .orderByJobDuedate()
            .asc()
            .list();
    // ten working days to reply, until 18:00 on 17 December; a reminder at 09:00 three working
    // days before, the escalation when the reply is due
    Date replyDue = Date.from(Instant.parse("2026-12-17T09:00:00Z"));
    assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(petition.getId())
                .taskDefinitionKey("ministry-consultation")
                .singleResult()
                .getDueDate())
        .isEqualTo(replyDue);
    assertThat(timers)
        .extracting(Job::getDuedate)
        .containsExactly(Date.from(Instant.parse("2026-12-14T00:00:00Z")), replyDue);
    timers.forEach(timer -> engine.getManagementService().executeJob(timer.getId()));
    assertThat(petition).isWaitingAt("ministry-consultation");
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .extracting(n -> n.recipientGroup())
        .containsExactlyInAnyOrder("ministry-motie", "tf-coordinator");
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .filteredOn(n -> n.recipientGroup().equals("ministry-motie"))
        .singleElement()
        .extracting(n -> n.body())
        .asString()
        .contains("회신 기한은 2026년 12월 17일 (목) 18:00입니다.");
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .filteredOn(n -> n.recipientGroup().equals("tf-coordinator"))
        .singleElement()
        .extracting(n -> n.body())
        .asString()
        .contains("협의 회신 기한(2026년 12월 17일 (목) 18:00)이 지났습니다.")
        .contains("회신하지 않은 부처: 산업통상자원부");
    officials.complete(
        "motie.liaison",
        petition,
        "ministry-consultation",
        "consultationReply",
        "agree",
        "consultationText",
        "늦었지만 동의");
    officials.runDueJobs(petition);
    assertThat(petition).isWaitingAt("record-consultation-result");
  }

  @Test
  void lateReviewsAndAdviceAreReportedWithoutCancellingThem() {
    // Thursday 3 December 2026, 14:00 in Korea: reviews due in ten working days, at 18:00
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T05:00:00Z")));
    ProcessInstance petition = submittedAndForwarded("chungbuk.official", "industrial-complex");
    officials.reviewAsDivision(
        "land-policy.officer", petition, List.of(), List.of("advisory-experts"));
    Job reviewTimer = timer(petition, "division-review-overdue");
    assertThat(reviewTimer.getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-12-17T09:00:00Z")));
    engine.getManagementService().executeJob(reviewTimer.getId());
    assertThat(petition).isWaitingAt("division-review");
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .extracting(n -> n.recipientGroup())
        .containsExactlyInAnyOrder("division-industrial-sites", "tf-coordinator");
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .filteredOn(n -> n.recipientGroup().equals("tf-coordinator"))
        .singleElement()
        .satisfies(n -> assertThat(n.subject()).contains("소관 부서 검토 기한 경과"))
        .extracting(n -> n.body())
        .asString()
        .contains("소관 부서 검토 기한(2026년 12월 17일 (목) 18:00)이 지났습니다.")
        .contains("처리하지 않은 기관: 산업입지정책과")
        .doesNotContain("국토정책과");

    // the late division can still review; advice is asked for, and is late in turn
    divisionReviews(petition, Map.of("industrial-sites.officer", List.of()));
    assertThat(petition).isWaitingAt("advisory-opinion");
    Job adviceTimer = timer(petition, "advisory-opinion-overdue");
    ClockUtil.setCurrentTime(adviceTimer.getDuedate());
    engine.getManagementService().executeJob(adviceTimer.getId());
    assertThat(notifications.forPetition(petition.getBusinessKey()))
        .filteredOn(n -> n.subject().contains("자문 의견 제출 기한 경과"))
        .extracting(n -> n.recipientGroup())
        .containsExactlyInAnyOrder("advisory-experts", "tf-coordinator");
    officials.complete("krihs.adviser", petition, "advisory-opinion", "adviceOpinion", "늦은 자문");
    officials.runDueJobs(petition);
    assertThat(petition).isWaitingAt("consolidate-direction");
  }

  /** The petition's timer job of the boundary event {@code activityId}. */
  private Job timer(ProcessInstance petition, String activityId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(petition.getId())
        .activityId(activityId)
        .singleResult();
  }

  @Test
  void fourEyesRefusesApprovalByTheConsolidator() {
    ProcessInstance petition = submittedAndForwarded("gyeongnam.official", "other");
    divisionReviews(petition, Map.of("land-policy.officer", List.of()));
    // an acting head who is also a coordinator may not approve what they consolidated
    engine.getIdentityService().createMembership("tf.coordinator", "planning-group-head");
    try {
      officials.complete(
          "tf.coordinator",
          petition,
          "consolidate-direction",
          "supportDirection",
          "accept",
          "directionText",
          "수용",
          "sendToForum",
          false);
      assertThatThrownBy(
              () ->
                  officials.complete(
                      "tf.coordinator",
                      petition,
                      "approve-direction",
                      "approvalDecision",
                      "approve"))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("승인할 수 없습니다");
      officials.unclaim("tf.coordinator", petition, "approve-direction");
    } finally {
      engine.getIdentityService().deleteMembership("tf.coordinator", "planning-group-head");
    }
    assertThat(petition).isWaitingAt("approve-direction");
    officials.complete(
        "urban.director",
        petition,
        "approve-direction",
        "approvalDecision",
        "return",
        "approvalComment",
        "재검토 바랍니다");
    assertThat(petition).isWaitingAt("consolidate-direction");
  }

  @Test
  void missingOrOversizedFieldIsRefusedAndTheTaskStaysOpen() {
    var noTitle = petition("railway");
    noTitle.remove("title");
    assertThatThrownBy(() -> officials.submit("busan.official", noTitle))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'건의 제목'(title)");
    ProcessInstance petition = officials.submit("busan.official", petition("railway"));
    officials.foundComplete(petition);
    assertThatThrownBy(
            () ->
                officials.complete(
                    "council.secretary",
                    petition,
                    "council-review",
                    "councilOutcome",
                    "forward",
                    "councilOpinion",
                    "가".repeat(2001)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("2000자 이하");
    assertThatThrownBy(
            () ->
                officials.complete(
                    "council.secretary",
                    petition,
                    "council-review",
                    "councilOutcome",
                    "approve-everything",
                    "councilOpinion",
                    "의견"))
        .hasMessageContaining("'지역협의회 검토 결과'(councilOutcome)");
    assertThat(petition).isWaitingAt("council-review");
  }

  @Test
  void onlyRegionOfficialsMaySubmit() {
    assertThatThrownBy(() -> officials.submit("tf.coordinator", petition("railway")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> officials.submit("demo", petition("railway")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("광역지자체");
  }
}
