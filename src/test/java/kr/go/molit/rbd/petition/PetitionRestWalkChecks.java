package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.support.EngineRest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The whole petition path walked through the engine REST API as the directory's users, with {@code
 * submit-form} on every step, as regional systems and Tasklist do.
 */
abstract class PetitionRestWalkChecks {

  @Autowired TestRestTemplate http;
  EngineRest rest;

  @BeforeEach
  void client() {
    rest = new EngineRest(http);
  }

  @Test
  void wholePathWithConsultationAndForumThroughSubmitForm() {
    String number =
        rest.forwardedToDivisions(
            "gyeongbuk.official", Petitions.form("포항 영일만 횡단 고속도로 조기 착공", "road"));
    assertThat(number).matches("RP-\\d{4}-\\d{5}");
    ok(
        rest.completeTask(
            "road-policy.officer",
            number,
            "division-review",
            Map.of(
                "divisionOpinion",
                "accept",
                "divisionRationale",
                "국가도로망 계획과 부합",
                "consultMinistries",
                List.of("ministry-moef"),
                "adviceGroupsRequested",
                List.of("public-institutions"))));
    ok(
        rest.completeTask(
            "road-construction.officer",
            number,
            "division-review",
            Map.of(
                "divisionOpinion",
                "partial",
                "divisionRationale",
                "단계적 추진",
                "consultMinistries",
                List.of(),
                "adviceGroupsRequested",
                List.of())));
    ok(
        rest.completeTask(
            "lh.liaison", number, "advisory-opinion", Map.of("adviceOpinion", "연계 개발 가능")));
    ok(
        rest.completeTask(
            "moef.liaison",
            number,
            "ministry-consultation",
            Map.of("consultationReply", "conditional", "consultationText", "예비타당성 조사 필요")));
    ok(
        rest.completeTask(
            "tf.coordinator",
            number,
            "record-consultation-result",
            Map.of("consultationResult", "조건부 동의")));
    ok(
        rest.completeTask(
            "tf.coordinator",
            number,
            "consolidate-direction",
            Map.of(
                "supportDirection",
                "partial",
                "directionText",
                "예타 결과에 따라 단계적 지원",
                "sendToForum",
                true)));
    ok(
        rest.completeTask(
            "urban.director", number, "approve-direction", Map.of("approvalDecision", "approve")));
    awaitActivity(number, "await-forum-decision");
    ok(
        rest.post(
            "demo",
            "/message",
            Map.of(
                "messageName",
                "ForumDecision",
                "businessKey",
                number,
                "processVariables",
                EngineRest.variables(
                    Map.of("forumDecision", "adopted", "forumDirection", "조기 착공 추진")))));
    ok(
        rest.completeTask(
            "gyeongbuk.official",
            number,
            "acknowledge-result",
            Map.of("resultAcknowledged", true)));
    JsonNode history =
        rest.getJson(
            "gyeongbuk.official",
            "/history/process-instance?processInstanceBusinessKey=" + number + "&maxResults=1");
    assertThat(history.get(0).path("state").asText()).isEqualTo("COMPLETED");
    JsonNode outcome =
        rest.getJson(
            "gyeongbuk.official",
            "/history/variable-instance?processInstanceId="
                + history.get(0).path("id").asText()
                + "&variableName=petitionOutcome&maxResults=1");
    assertThat(outcome.get(0).path("value").asText()).isEqualTo("ACCEPTED");
  }

  @Test
  void missingOrOversizedFieldIsRefusedWith400AndTheTaskStaysOpen() {
    String number =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("북항 재개발", "other"));
    ResponseEntity<String> missing =
        rest.completeTask("council.secretary", number, "completeness-check", Map.of());
    assertThat(missing.getStatusCode().value()).isEqualTo(400);
    assertThat(missing.getBody()).contains("completenessDecision").contains("필수");
    ResponseEntity<String> oversized =
        rest.completeTask(
            "council.secretary",
            number,
            "completeness-check",
            Map.of("completenessDecision", "supplement", "supplementRequest", "가".repeat(2001)));
    assertThat(oversized.getStatusCode().value()).isEqualTo(400);
    assertThat(oversized.getBody()).contains("supplementRequest").contains("2000자");
    rest.awaitTask("council.secretary", number, "completeness-check");
    Map<String, Object> noTitle = Petitions.form("", "other");
    ResponseEntity<String> start =
        rest.post(
            "busan.official",
            "/process-definition/key/regional-petition/submit-form",
            Map.of("variables", EngineRest.variables(noTitle)));
    assertThat(start.getStatusCode().value()).isEqualTo(400);
    assertThat(start.getBody()).contains("'건의 제목'(title)");
  }

  private void awaitActivity(String number, String activityId) {
    for (int i = 0; i < 200; i++) {
      JsonNode instances =
          rest.getJson(
              "demo",
              "/process-instance?businessKey="
                  + number
                  + "&activityIdIn="
                  + activityId
                  + "&maxResults=1");
      if (instances.size() == 1) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(number + " never reached " + activityId);
  }
}
