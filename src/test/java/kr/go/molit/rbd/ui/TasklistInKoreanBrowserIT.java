package kr.go.molit.rbd.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import kr.go.molit.rbd.OnH2;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * An official whose browser asks for English still gets Tasklist in Korean, down to the start form
 * of 지역 건의 처리; English appears only after choosing it. Also Korean that Camunda's layouts break:
 * Cockpit's human-tasks headers, and Cockpit's dates, in Korean order as Tasklist's are. And
 * Tasklist's task search without Camunda's criteria for cases and tenants, which this server has
 * none of. Screenshots land in target/screenshots.
 */
@OnH2
class TasklistInKoreanBrowserIT extends BrowserTest {

  /** A region official: the people who raise petitions. */
  static final String OFFICIAL_USER = "busan.official";

  /** A translation key shown as is, which is what angular-translate does with a missing key. */
  private static final Pattern RAW_KEY = Pattern.compile("^[A-Z][A-Z0-9_]{3,}$");

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @Override
  protected String language() {
    return "en-US";
  }

  @Test
  void englishBrowserGetsKoreanTasklistAndStartForm() throws IOException {
    browser.get(app("tasklist"));
    wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='로그인']")));
    screenshot("tasklist-login");
    signIn();

    wait.until(elementToBeClickable(link("프로세스 시작")));
    assertThat(visibleText())
        .contains("프로세스 시작")
        .doesNotContain("Start process", "Create task")
        .as("Camunda's end-of-life notice, for those who run the server")
        .doesNotContain("Camunda 8", "마이그레이션");
    assertNoRawKeys();
    screenshot("tasklist-korean");

    browser.findElement(link("프로세스 시작")).click();
    wait.until(elementToBeClickable(link("지역 건의 처리"))).click();
    wait.until(visibilityOfElementLocated(By.xpath("//label[contains(., '건의 제목')]")));
    wait.until(visibilityOfElementLocated(By.xpath("//label[contains(., '건의 내용')]")));

    assertThat(visibleText()).contains("프로세스 시작: 지역 건의 처리", "시작");
    assertNoRawKeys();
    screenshot("tasklist-start-form");
  }

  @Test
  void englishIsKeptOnceChosenOnTheWelcomePage() throws IOException {
    browser.get(app("welcome"));
    wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='로그인']")));
    signIn();
    wait.until(elementToBeClickable(link("English"))).click();
    wait.until(elementToBeClickable(link("한국어")));

    // Tasklist, opened without any language parameter, remembers the choice.
    browser.get(app("tasklist"));
    wait.until(elementToBeClickable(link("Start process")));
    screenshot("tasklist-english-chosen");

    browser.get(app("welcome"));
    wait.until(elementToBeClickable(link("한국어"))).click();
    // The choice is stored once the page has switched; leaving before that kept English (seen
    // once).
    wait.until(elementToBeClickable(link("English")));
    browser.get(app("tasklist"));
    wait.until(elementToBeClickable(link("프로세스 시작")));
  }

  @Test
  void councilSecretarySeesThePetitionInItsTaskForm() throws IOException {
    String title = "북항 재개발 지원 <b>굵게</b> {{1+1}}";
    String number =
        new EngineRest(http)
            .submitStartForm(
                OFFICIAL_USER, "regional-petition", Petitions.form(title, "urban-convergence"));
    tasklist().openTask("council.secretary", number, "접수 검토");
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(., '접수 검토 결과')]")));
    wait.until(d -> Browser.shown(d).contains("현황과 문제점"));
    String page = Browser.shown(browser);
    assertThat(page)
        .contains(number, "부산광역시", "지역주도 혁신성장 공간 - 도심융합특구")
        .contains("<b>굵게</b> {{1+1}}");
    assertNoRawKeys();
    screenshot("tasklist-council-task-form");
  }

  @Test
  void divisionReviewerSeesTheCouncilsDecisionInWordsNotCodes() throws IOException {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            OFFICIAL_USER, "regional-petition", Petitions.form("부전역 복합환승센터", "railway"));
    rest.completeTask(
        "council.secretary",
        number,
        "completeness-check",
        java.util.Map.of("completenessDecision", "complete"));
    rest.completeTask(
        "council.secretary",
        number,
        "council-review",
        java.util.Map.of("councilOutcome", "forward", "councilOpinion", "국가철도망 계획 검토 필요"));
    rest.awaitTask("railway-policy.officer", number, "division-review");
    tasklist().openTask("railway-policy.officer", number, "소관 부서 검토");
    wait.until(d -> Browser.shown(d).contains("국가철도망 계획 검토 필요"));
    assertThat(Browser.shown(browser))
        .contains("균형발전기획단 검토 요청", "부서 검토 의견", "협의가 필요한 관계부처", "기획재정부")
        .doesNotContain("councilOutcome", "forward");
    screenshot("tasklist-division-review-form");
  }

  @Test
  void aTaskAColleagueCompletedMeanwhileLeavesTheScreenWithAKoreanNotice() throws IOException {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            OFFICIAL_USER, "regional-petition", Petitions.form("가덕도 신공항 연결도로", "road"));
    String taskId = rest.awaitTask("council.secretary", number, "completeness-check");
    rest.post(
        "council.secretary",
        "/task/" + taskId + "/claim",
        java.util.Map.of("userId", "council.secretary"));
    tasklist().openTask("council.secretary", number, "접수 검토");
    clickAsShown(
        wait.until(
            visibilityOfElementLocated(By.xpath("//label[contains(., '접수 (지역협의회 검토로 진행)')]"))));
    assertThat(browser.getCurrentUrl()).contains(taskId);

    // meanwhile the task is completed elsewhere (a colleague, or the same official in another
    // window)
    rest.completeTask(
        "council.secretary",
        number,
        "completeness-check",
        java.util.Map.of("completenessDecision", "complete"));
    clickAsShown(browser.findElement(By.xpath("//button[normalize-space()='완료']")));

    // Tasklist recognises the engine's words kept in our 404 answer: its own Korean notice, task
    // closed
    wait.until(d -> Browser.shown(d).contains("업무가 더 이상 존재하지 않습니다"));
    wait.until(d -> !d.getCurrentUrl().contains(taskId));
    screenshot("tasklist-task-completed-meanwhile");
  }

  @Test
  void councilSecretarySetsADueDateInAKoreanCalendar() throws IOException {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            OFFICIAL_USER, "regional-petition", Petitions.form("남해안 관광도로", "road"));
    String taskId = rest.awaitTask("council.secretary", number, "completeness-check");
    rest.post(
        "council.secretary",
        "/task/" + taskId + "/claim",
        java.util.Map.of("userId", "council.secretary"));
    tasklist().openTask("council.secretary", number, "접수 검토");
    clickAsShown(
        wait.until(visibilityOfElementLocated(By.xpath("//a[normalize-space()='기한 설정']"))));

    String title =
        wait.until(visibilityOfElementLocated(By.cssSelector(".uib-daypicker .uib-title")))
            .getText();
    assertThat(title).matches("\\d{4}년 \\d{1,2}월");
    assertThat(
            browser.findElements(By.cssSelector(".uib-daypicker thead th small")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList())
        .containsSubsequence("일", "월", "화", "수", "목", "금", "토");
    screenshot("tasklist-due-date-calendar");
    browser.findElements(By.cssSelector(".uib-daypicker button span:not(.text-muted)")).stream()
        .filter(day -> day.getText().trim().equals("20"))
        .findFirst()
        .orElseThrow()
        .click();
    browser.findElement(By.cssSelector("button[ng-click^='applyChange']")).click();

    wait.until(
        d ->
            rest.getJson("council.secretary", "/task/" + taskId)
                .path("due")
                .asText()
                .matches("\\d{4}-\\d{2}-20T.*"));
  }

  @Test
  void createTaskIsOfferedOnlyToThoseAllowedToCreateTasks() {
    browser.get(app("tasklist"));
    wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='로그인']")));
    signInHere("demo");
    wait.until(elementToBeClickable(link("업무 생성")));

    // the same page, another user: the link follows the sign-in
    wait.until(
            elementToBeClickable(
                By.cssSelector(".account .dropdown-toggle, [cam-widget-header] .account a")))
        .click();
    wait.until(elementToBeClickable(link("로그아웃"))).click();
    wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='로그인']")));
    signInHere("council.secretary");
    wait.until(elementToBeClickable(link("프로세스 시작")));
    wait.until(
        d ->
            d.findElements(link("업무 생성")).stream()
                .noneMatch(org.openqa.selenium.WebElement::isDisplayed));
  }

  @Test
  void cockpitsHumanTasksPageKeepsItsKoreanCountHeaderOnOneLine() {
    browser.get(app("cockpit") + "default/#/tasks");
    wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='로그인']")));
    signInHere("ops.operator");
    for (String table : List.of("open-task-statistics", "task-group-counts")) {
      WebElement header =
          wait.until(visibilityOfElementLocated(By.cssSelector("#" + table + " thead th")));
      wait.until(d -> header.getText().equals("업무"));
      Object lines =
          ((org.openqa.selenium.JavascriptExecutor) browser)
              .executeScript(
                  "const range = document.createRange(); range.selectNodeContents(arguments[0]);"
                      + "return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;",
                  header);
      assertThat(lines).as(table).isEqualTo(1L);
    }
  }

  @Test
  void cockpitShowsStartTimesInKoreanOrder() {
    EngineRest rest = new EngineRest(http);
    rest.submitStartForm(
        OFFICIAL_USER, "regional-petition", Petitions.form("운영자 목록의 시작일시", "railway"));
    String definition =
        rest.getJson("ops.operator", "/process-definition/key/regional-petition")
            .path("id")
            .asText();
    browser.get(app("cockpit") + "default/#/process-definition/" + definition + "/runtime");
    wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='로그인']")));
    signInHere("ops.operator");
    WebElement started = wait.until(visibilityOfElementLocated(By.cssSelector("td.start-time")));
    // as Tasklist shows dates, with the seconds operators order instances by; Camunda's is ISO text
    assertThat(started.getText().trim())
        .matches("\\d{4}\\. \\d{2}\\. \\d{2}\\. \\d{2}:\\d{2}:\\d{2}");
  }

  @Test
  void cockpitsDashboardListsOverdueTasksWithTheirPetitionAndOrganisation() throws IOException {
    EngineRest rest = new EngineRest(http);
    String title = "<b>굵게</b> 기한이 지난 건의";
    String number = rest.forwardedToDivisions(OFFICIAL_USER, Petitions.form(title, "railway"));
    Task late =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(number)
            .taskDefinitionKey("division-review")
            .listPage(0, 1)
            .get(0);
    // long overdue, so it heads the list whatever other tests leave behind
    late.setDueDate(Date.from(Instant.parse("2020-03-02T09:00:00Z")));
    engine.getTaskService().saveTask(late);
    String organisation =
        engine
            .getIdentityService()
            .createGroupQuery()
            .groupId(
                engine.getTaskService().getIdentityLinksForTask(late.getId()).stream()
                    .map(link -> link.getGroupId())
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElseThrow())
            .singleResult()
            .getName();

    browser.get(app("cockpit") + "default/#/dashboard");
    wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='로그인']")));
    signInHere("ops.operator");
    WebElement row =
        wait.until(
            visibilityOfElementLocated(
                By.xpath(
                    "//table[contains(@class,'rbd-overdue-table')]//tr[td[normalize-space()='"
                        + number
                        + "']]")));
    List<String> cells =
        row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertThat(cells.subList(0, 6))
        .containsExactly("소관 부서 검토", number, title, "부산광역시", organisation, "-");
    assertThat(cells.get(6)).matches("2020\\. 03\\. 0[23]\\. \\([월화]\\) \\d{2}:00");
    assertThat(cells.get(7)).matches("\\d{3,}일");
    assertThat(row.findElements(By.tagName("b")))
        .as("a title is shown as text, never as HTML")
        .isEmpty();
    assertThat(browser.findElement(By.cssSelector(".rbd-overdue-count")).getText())
        .matches("\\d+건");
    assertThat(visibleText()).contains("지역 건의 업무 현황", "기한 경과 업무");
    screenshot("cockpit-overdue-tasks");
    // the task's name opens its petition in Cockpit
    clickAsShown(row.findElement(By.linkText("소관 부서 검토")));
    wait.until(d -> d.getCurrentUrl().contains("/process-instance/" + late.getProcessInstanceId()));
  }

  @Test
  void taskSearchOffersOnlyCriteriaThatCanFindSomethingHere() {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            OFFICIAL_USER, "regional-petition", Petitions.form("검색 조건 확인", "railway"));
    rest.awaitTask("council.secretary", number, "completeness-check");
    browser.get(app("tasklist"));
    wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='로그인']")));
    signInHere("council.secretary");
    wait.until(elementToBeClickable(By.xpath("//a[contains(normalize-space(), '우리 기관 업무')]")))
        .click();
    clickAsShown(wait.until(visibilityOfElementLocated(By.cssSelector(".search-container input"))));
    List<String> criteria =
        wait.until(
            d -> {
              List<String> shown =
                  d.findElements(By.cssSelector(".search-container .dropdown-menu li")).stream()
                      .map(WebElement::getText)
                      .map(String::trim)
                      .filter(text -> !text.isEmpty())
                      .toList();
              return shown.isEmpty() ? null : shown;
            });
    // no CMMN cases or tenants on this server: Camunda's ten criteria about them are gone
    assertThat(criteria)
        .contains("프로세스 인스턴스 비즈니스 키", "프로세스 변수", "이름", "기한")
        .noneMatch(criterion -> criterion.contains("케이스") || criterion.contains("테넌트"));

    // and the search still finds: the petition by its number
    clickAsShown(
        browser.findElement(
            By.xpath(
                "//*[contains(@class,'search-container')]//li[normalize-space()='프로세스 인스턴스 비즈니스 키']")));
    new Actions(browser).sendKeys(number).sendKeys(Keys.ENTER).perform();
    wait.until(
        d -> {
          List<WebElement> tasks = d.findElements(By.cssSelector(".tasks-list > li"));
          return tasks.size() == 1 && tasks.get(0).getText().contains(number);
        });
  }

  private void signIn() {
    signInHere(OFFICIAL_USER);
  }

  private String app(String name) {
    return "http://localhost:" + port + "/camunda/app/" + name + "/";
  }

  private static By link(String text) {
    return By.xpath("//a[normalize-space()='" + text + "']");
  }

  private String visibleText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private void assertNoRawKeys() {
    assertThat(Arrays.stream(visibleText().split("\\R")).map(String::trim))
        .as("visible text lines that are untranslated keys")
        .noneMatch(line -> RAW_KEY.matcher(line).matches());
  }
}
