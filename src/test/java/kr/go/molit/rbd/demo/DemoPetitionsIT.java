package kr.go.molit.rbd.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kr.go.molit.rbd.forum.ForumVariables;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * On the first start of an empty database the demo petitions and the forum session are carried
 * through the real processes, and each demo official finds the work the demo promises in their task
 * list (DemoInBrowserIT: the same in Tasklist and on the Welcome page).
 */
@OnDemoServer
class DemoPetitionsIT {

  @Autowired DemoPetitionSeeder seeder;
  @Autowired HistoryService history;
  @Autowired TestRestTemplate http;

  void awaitSeeded() throws InterruptedException {
    awaitSeeded(seeder);
  }

  /** Waits for the demo petitions, which the server creates in the background once it is ready. */
  static void awaitSeeded(DemoPetitionSeeder seeder) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (seeder.running() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(seeder.running()).as("demo petitions still being created after 2 minutes").isFalse();
  }

  @Test
  void everyDemoOfficialFindsTheWorkTheDemoPromises() throws InterruptedException {
    awaitSeeded();
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("regional-petition")
                .count())
        .isEqualTo(14);
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("regional-petition")
                .finished()
                .count())
        .as("settled and acknowledged, not accepted and acknowledged, withdrawn")
        .isEqualTo(3);
    assertThat(tasks("council.secretary")).contains("접수 검토 (보완 여부 확인)", "지역협의회 검토");
    assertThat(tasks("daegu.official")).isEmpty();
    assertThat(tasks("gangwon.official")).containsExactly("건의 보완 또는 철회");
    assertThat(tasks("railway-policy.officer")).containsExactly("소관 부서 검토");
    assertThat(tasks("railway-construction.officer")).containsExactly("소관 부서 검토");
    assertThat(tasks("motie.liaison")).containsExactly("관계부처 협의 회신");
    assertThat(tasks("tf.coordinator")).contains("지원 방향 종합");
    assertThat(tasks("jeju.official")).containsExactly("처리 결과 확인");
    assertThat(tasks("sejong.official")).isEmpty();
    assertThat(tasks("chungnam.official")).isEmpty();
    assertThat(tasks("jeonbuk.official")).isEmpty();
    assertThat(tasks("ulsan.official")).containsExactly("처리 결과 확인");
    assertThat(tasks("daejeon.official")).containsExactly("처리 결과 확인");
    // the minister's office (which reads every task of the programme) approves the next session's
    // agenda
    assertThat(
            new EngineRest(http)
                .getJson("minister.office", "/task?candidateUser=minister.office&maxResults=50"))
        .extracting(t -> t.path("name").asText())
        .containsExactly("안건 승인 (장관실)");
    // the secretariat reads every task of the programme; the one offered to it is the session
    // after that's
    assertThat(
            new EngineRest(http)
                .getJson("forum.secretary", "/task?candidateUser=forum.secretary&maxResults=50"))
        .extracting(t -> t.path("name").asText())
        .containsExactly("안건 선정·순서 정리");
  }

  @Test
  void theSummaryShowsTheDemosResultsByRegionAndCategory() throws InterruptedException {
    awaitSeeded();
    ResponseEntity<String> answer =
        http.withBasicAuth("council.secretary", "demo")
            .getForEntity("/api/petitions/summary", String.class);
    EngineRest.ok(answer);
    JsonNode summary = EngineRest.read(answer.getBody());
    List<String> lines = new ArrayList<>();
    summary
        .path("regions")
        .forEach(
            line ->
                lines.add(
                    line.path("regionCode").asText()
                        + " "
                        + line.path("open").asInt()
                        + " "
                        + line.path("closed").toString()));
    String none =
        "{\"ACCEPTED\":0,\"PARTLY_ACCEPTED\":0,\"LONG_TERM_REVIEW\":0,\"NOT_ACCEPTED\":0,"
            + "\"SETTLED_AT_COUNCIL\":0,\"WITHDRAWN\":0}";
    assertThat(lines)
        .hasSize(14)
        .contains(
            "busan 1 " + none,
            "sejong 0 " + none.replace("\"SETTLED_AT_COUNCIL\":0", "\"SETTLED_AT_COUNCIL\":1"),
            "chungnam 0 " + none.replace("\"NOT_ACCEPTED\":0", "\"NOT_ACCEPTED\":1"),
            "jeonbuk 0 " + none.replace("\"WITHDRAWN\":0", "\"WITHDRAWN\":1"),
            "jeju 1 " + none);
    assertThat(summary.path("total").path("total").asInt()).isEqualTo(14);
    assertThat(summary.path("total").path("open").asInt()).isEqualTo(11);
    int byCategory = 0;
    for (JsonNode line : summary.path("categories")) {
      byCategory += line.path("total").asInt();
    }
    assertThat(summary.path("categories").findValuesAsText("category"))
        .as("every category, with or without petitions")
        .isEqualTo(kr.go.molit.rbd.petition.Category.codes());
    assertThat(byCategory).as("the table by category counts the same petitions").isEqualTo(14);
  }

  @Test
  void theForumDecidedTwoPetitionsAndPutTwoOnItsNextSessionsAgenda() throws InterruptedException {
    awaitSeeded();
    EngineRest rest = new EngineRest(http);
    JsonNode sessions =
        rest.getJson(
            "forum.secretary",
            "/history/process-instance?processDefinitionKey=forum-session&finished=true&maxResults=10");
    assertThat(sessions).hasSize(1);
    JsonNode ulsan = petition(http, "ulsan.official", "울산 노후 국가산업단지 재생과 구조고도화");
    assertThat(ulsan.path("outcomeLabel").asText()).isEqualTo("수용 (포럼 채택)");
    assertThat(ulsan.path("forumSessionTitle").asText()).isEqualTo("제3차 지역균형발전포럼");
    JsonNode gyeongbuk = petition(http, "gyeongbuk.official", "경북 북부권 고속도로 조기 착공");
    assertThat(gyeongbuk.path("currentSteps").toString()).contains("포럼 결정 수신");
    // the next session put the two carried over on its agenda, which waits for the minister's
    // office; the one after it found no candidate left
    JsonNode next =
        rest.getJson(
            "forum.secretary",
            "/process-instance?processDefinitionKey=forum-session&businessKey="
                + "제4차 지역균형발전포럼&maxResults=10");
    assertThat(next).hasSize(1);
    JsonNode agenda =
        rest.getJson(
            "forum.secretary",
            "/process-instance/"
                + next.get(0).path("id").asText()
                + "/variables/"
                + ForumVariables.AGENDA);
    String gyeongnam =
        petition(http, "gyeongnam.official", "경남 우주항공 복합도시 일자리 거점 조성").path("number").asText();
    String items = agenda.path("value").toString();
    // in the order the secretariat set: the jobs hub before the expressway
    assertThat(items.indexOf(gyeongnam)).isNotNegative();
    assertThat(items.indexOf(gyeongbuk.path("number").asText()))
        .isGreaterThan(items.indexOf(gyeongnam));
    JsonNode after =
        rest.getJson(
            "forum.secretary",
            "/process-instance?processDefinitionKey=forum-session&businessKey="
                + "제5차 지역균형발전포럼&maxResults=10");
    assertThat(after).hasSize(1);
    assertThat(
            rest.getJson(
                    "forum.secretary",
                    "/process-instance/"
                        + after.get(0).path("id").asText()
                        + "/variables/"
                        + ForumVariables.CANDIDATE_COUNT)
                .path("value")
                .asInt())
        .as(
            () ->
                rest.getJson(
                        "forum.secretary",
                        "/process-instance/"
                            + after.get(0).path("id").asText()
                            + "/variables/"
                            + ForumVariables.AGENDA_CANDIDATES_TEXT)
                    .toString())
        .isZero();
  }

  @Test
  void theRegionAndTheDivisionOnItsReviewAttachedDocumentsToTheRailwayPetition()
      throws InterruptedException {
    awaitSeeded();
    String number =
        petition(http, "busan.official", "부산 도심 철도 지하화와 상부 부지 개발 지원").path("number").asText();
    JsonNode documents =
        EngineRest.read(
            http.withBasicAuth("busan.official", "demo")
                .getForEntity("/api/petitions/" + number + "/documents", String.class)
                .getBody());
    assertThat(documents.path("documents").findValuesAsText("name"))
        .startsWith("도심 철도 지하화 사업 개요.txt", "철도정책과 사전 검토 메모.txt");
    assertThat(documents.path("documents").get(1).path("attachedBy").asText()).startsWith("하철도");
    String file =
        http.withBasicAuth("busan.official", "demo")
            .getForObject(
                "/api/petitions/"
                    + number
                    + "/documents/"
                    + documents.path("documents").get(0).path("id").asText(),
                String.class);
    assertThat(file).startsWith("부산 도심 철도 지하화 사업 개요\n- 대상 구간");
  }

  @Test
  void aDatabaseThatHoldsPetitionsGetsNoMore() throws InterruptedException {
    awaitSeeded();
    long before = history.createHistoricProcessInstanceQuery().count();
    seeder.startWhenReady();
    awaitSeeded();
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void forumMembersReadTheMinutesOfTheirSessionAndRegionsDoNot() throws InterruptedException {
    awaitSeeded();
    WebappSession member = WebappSession.signIn(http, "forum.member01", "demo");
    String list = member.exchange(HttpMethod.GET, "/forum/minutes", null, null).getBody();
    assertThat(list)
        .contains("<h1>포럼 회의록</h1>", "제3차 지역균형발전포럼", "2026년 11월 20일 (금)", "정부세종청사 6동 대회의실");
    String link = list.replaceAll("(?s).*href=\"minutes/([^\"]+)\".*", "$1");
    ResponseEntity<String> minutes =
        member.exchange(HttpMethod.GET, "/forum/minutes/" + link, null, null);
    assertThat(minutes.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(minutes.getHeaders().getFirst("Content-Security-Policy"))
        .startsWith("default-src 'none'");
    assertThat(minutes.getBody()).contains("제3차 지역균형발전포럼 회의록", "조건부 채택 1건", "다음 회의로 이월된 후보");

    WebappSession region = WebappSession.signIn(http, "ulsan.official", "demo");
    assertThat(region.exchange(HttpMethod.GET, "/forum/minutes", null, null).getBody())
        .contains("열람할 수 있는 회의록이 없습니다")
        .doesNotContain("제3차");
    ResponseEntity<String> refused =
        region.exchange(HttpMethod.GET, "/forum/minutes/" + link, null, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refused.getBody()).doesNotContain("제3차");
  }

  private List<String> tasks(String official) {
    List<String> names = new ArrayList<>();
    new EngineRest(http)
        .getJson(official, "/task?maxResults=50")
        .forEach(t -> names.add(t.path("name").asText()));
    return names;
  }

  /** The official's petition with that title, as the petitions API shows it to them. */
  static JsonNode petition(TestRestTemplate http, String official, String title) {
    EngineRest rest = new EngineRest(http);
    JsonNode found = null;
    for (JsonNode instance :
        rest.getJson(
            official,
            "/history/process-instance?processDefinitionKey=regional-petition&maxResults=50")) {
      JsonNode p =
          EngineRest.read(
              http.withBasicAuth(official, "demo")
                  .getForEntity(
                      "/api/petitions/" + instance.path("businessKey").asText(), String.class)
                  .getBody());
      if (p.path("title").asText().equals(title)) {
        found = p;
      }
    }
    assertThat(found).as(title).isNotNull();
    return found;
  }
}
