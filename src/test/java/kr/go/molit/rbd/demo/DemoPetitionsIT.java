package kr.go.molit.rbd.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kr.go.molit.rbd.support.EngineRest;
import org.camunda.bpm.engine.HistoryService;
import java.nio.file.Path;
import kr.go.molit.rbd.ui.Browser;
import kr.go.molit.rbd.ui.TasklistPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import kr.go.molit.rbd.support.WebappSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The server as {@code mvn spring-boot:run} first starts it, on an empty database: the demo
 * petitions and the forum session are carried through the real processes, and each demo official
 * finds the work the demo promises in their task list. Its context stays cached like the others:
 * closing it would take the engine named "default" out of Camunda's registry under the other
 * cached servers' webapps.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:rbd-demo;DB_CLOSE_DELAY=-1")
@AutoConfigureObservability
class DemoPetitionsIT {

  @Autowired DemoPetitionSeeder seeder;
  @Autowired HistoryService history;
  @Autowired TestRestTemplate http;
  @LocalServerPort int port;

  void awaitSeeded() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (seeder.running() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(seeder.running()).as("demo petitions still being created after 2 minutes").isFalse();
  }

  @Test
  void everyDemoOfficialFindsTheWorkTheDemoPromises() throws InterruptedException {
    awaitSeeded();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("regional-petition").count())
        .isEqualTo(11);
    assertThat(tasks("council.secretary")).contains("접수 검토 (보완 여부 확인)", "지역협의회 검토");
    assertThat(tasks("daegu.official")).isEmpty();
    assertThat(tasks("gangwon.official")).containsExactly("건의 보완 또는 철회");
    assertThat(tasks("railway-policy.officer")).containsExactly("소관 부서 검토");
    assertThat(tasks("railway-construction.officer")).containsExactly("소관 부서 검토");
    assertThat(tasks("motie.liaison")).containsExactly("관계부처 협의 회신");
    assertThat(tasks("tf.coordinator")).contains("지원 방향 종합");
    assertThat(tasks("jeju.official")).containsExactly("처리 결과 확인");
    assertThat(tasks("ulsan.official")).containsExactly("처리 결과 확인");
    assertThat(tasks("daejeon.official")).containsExactly("처리 결과 확인");
  }

  @Test
  void theForumDecidedTwoPetitionsAndCarriedTwoOverToItsNextSession() throws InterruptedException {
    awaitSeeded();
    EngineRest rest = new EngineRest(http);
    JsonNode sessions = rest.getJson("forum.secretary",
        "/history/process-instance?processDefinitionKey=forum-session&finished=true&maxResults=10");
    assertThat(sessions).hasSize(1);
    JsonNode ulsan = petition(rest, "ulsan.official", "울산 노후 국가산업단지 재생과 구조고도화");
    assertThat(ulsan.path("outcomeLabel").asText()).isEqualTo("수용 (포럼 채택)");
    assertThat(ulsan.path("forumSessionTitle").asText()).isEqualTo("제3차 지역균형발전포럼");
    JsonNode gyeongbuk = petition(rest, "gyeongbuk.official", "경북 북부권 고속도로 조기 착공");
    assertThat(gyeongbuk.path("currentSteps").toString()).contains("포럼 결정 수신");
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
  void regionsReadTheirResultsWithOnlyTheFieldsThatApply(@TempDir Path profile) throws InterruptedException {
    Browser.assumeInstalled();
    awaitSeeded();
    EngineRest rest = new EngineRest(http);
    String ulsan = petition(rest, "ulsan.official", "울산 노후 국가산업단지 재생과 구조고도화").path("number").asText();
    String jeju = petition(rest, "jeju.official", "제주 원도심 빈 점포 활용 청년 창업 공간 조성").path("number").asText();
    WebDriver browser = Browser.start("ko-KR", profile);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      TasklistPages tasklist = new TasklistPages(browser, wait, port);

      // decided by the Forum: which session decided it, and the Forum's direction
      tasklist.openTask("ulsan.official", ulsan, "처리 결과 확인");
      wait.until(d -> Browser.shown(d).contains("제3차 지역균형발전포럼"));
      assertThat(Browser.shown(browser)).contains("결정한 포럼 회의", "포럼 결정 (정책 방향)", "반기별로 추진 상황을 보고",
          "정책 방향", "지역협의회 의견");
      browser.manage().deleteAllCookies();

      // settled by the council: no empty direction or Forum fields
      tasklist.openTask("jeju.official", jeju, "처리 결과 확인");
      wait.until(d -> Browser.shown(d).contains("협의회에서 종결합니다"));
      assertThat(Browser.shown(browser)).contains("지역협의회 의견", "처리 결과를 확인했습니다")
          .doesNotContain("정책 방향", "포럼");
    } finally {
      browser.quit();
    }
  }

  @Test
  void forumMembersReadTheMinutesOfTheirSessionAndRegionsDoNot() throws InterruptedException {
    awaitSeeded();
    WebappSession member = WebappSession.signIn(http, "forum.member01", "demo");
    String list = member.exchange(HttpMethod.GET, "/forum/minutes", null, null).getBody();
    assertThat(list).contains("<h1>포럼 회의록</h1>", "제3차 지역균형발전포럼", "2026년 11월 20일 (금)", "정부세종청사 6동 대회의실");
    String link = list.replaceAll("(?s).*href=\"minutes/([^\"]+)\".*", "$1");
    ResponseEntity<String> minutes = member.exchange(HttpMethod.GET, "/forum/minutes/" + link, null, null);
    assertThat(minutes.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(minutes.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'");
    assertThat(minutes.getBody()).contains("제3차 지역균형발전포럼 회의록", "조건부 채택 1건", "다음 회의로 이월된 후보");

    WebappSession region = WebappSession.signIn(http, "ulsan.official", "demo");
    assertThat(region.exchange(HttpMethod.GET, "/forum/minutes", null, null).getBody())
        .contains("열람할 수 있는 회의록이 없습니다").doesNotContain("제3차");
    ResponseEntity<String> refused = region.exchange(HttpMethod.GET, "/forum/minutes/" + link, null, null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refused.getBody()).doesNotContain("제3차");
  }

  @Test
  void aForumMemberFindsTheMinutesFromTheWelcomePage(@TempDir Path profile) throws InterruptedException {
    Browser.assumeInstalled();
    awaitSeeded();
    WebDriver browser = Browser.start("ko-KR", profile);
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      // not signed in: the page sends the member to sign in first
      browser.get("http://localhost:" + port + "/forum/minutes");
      wait.until(visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys("forum.member01");
      browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
      browser.findElement(By.cssSelector("button[type='submit']")).click();
      wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='포럼 회의록']"))).click();
      wait.until(elementToBeClickable(By.linkText("제3차 지역균형발전포럼"))).click();
      wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("제3차 지역균형발전포럼 회의록"));
      assertThat(Browser.shown(browser)).contains("2026년 11월 20일 (금)", "채택", "울산 노후 국가산업단지 재생과 구조고도화");
    } finally {
      browser.quit();
    }
  }

  private List<String> tasks(String official) {
    List<String> names = new ArrayList<>();
    new EngineRest(http).getJson(official, "/task?maxResults=50").forEach(t -> names.add(t.path("name").asText()));
    return names;
  }

  /** The official's petition with that title, as the petitions API shows it to them. */
  private JsonNode petition(EngineRest rest, String official, String title) {
    JsonNode found = null;
    for (JsonNode instance : rest.getJson(official,
        "/history/process-instance?processDefinitionKey=regional-petition&maxResults=50")) {
      JsonNode p = EngineRest.read(http.withBasicAuth(official, "demo")
          .getForEntity("/api/petitions/" + instance.path("businessKey").asText(), String.class).getBody());
      if (p.path("title").asText().equals(title)) {
        found = p;
      }
    }
    assertThat(found).as(title).isNotNull();
    return found;
  }
}
