package kr.go.molit.rbd.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import kr.go.molit.rbd.notification.NotificationLedger;
import kr.go.molit.rbd.ui.Browser;
import kr.go.molit.rbd.ui.BrowserTest;
import kr.go.molit.rbd.ui.TasklistPages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The demo as its officials meet it in the browser: results and the next session's agenda in
 * Tasklist, minutes from the Welcome page.
 */
@OnDemoServer
class DemoInBrowserIT extends BrowserTest {

  @Autowired DemoPetitionSeeder seeder;
  @Autowired TestRestTemplate http;
  @Autowired NotificationLedger ledger;

  @Test
  void regionsReadTheirResultsWithOnlyTheFieldsThatApply() throws InterruptedException {
    DemoPetitionsIT.awaitSeeded(seeder);
    String ulsan = number("ulsan.official", "울산 노후 국가산업단지 재생과 구조고도화");
    String jeju = number("jeju.official", "제주 원도심 빈 점포 활용 청년 창업 공간 조성");
    TasklistPages tasklist = tasklist();

    // decided by the Forum: which session decided it, and the Forum's direction
    tasklist.openTask("ulsan.official", ulsan, "처리 결과 확인");
    wait.until(d -> Browser.shown(d).contains("제3차 지역균형발전포럼"));
    assertThat(Browser.shown(browser))
        .contains("결정한 포럼 회의", "포럼 결정 (정책 방향)", "반기별로 추진 상황을 보고", "정책 방향", "지역협의회 의견");
    browser.manage().deleteAllCookies();

    // settled by the council: no empty direction or Forum fields
    tasklist.openTask("jeju.official", jeju, "처리 결과 확인");
    wait.until(d -> Browser.shown(d).contains("협의회에서 종결합니다"));
    assertThat(Browser.shown(browser))
        .contains("지역협의회 의견", "처리 결과를 확인했습니다")
        .doesNotContain("정책 방향", "포럼");
  }

  @Test
  void theForumSecretaryFindsTheNextSessionsAgendaNamedInTheList() throws InterruptedException {
    DemoPetitionsIT.awaitSeeded(seeder);
    tasklist().signIn("forum.secretary");
    wait.until(elementToBeClickable(By.xpath("//a[contains(normalize-space(), '우리 기관 업무')]")))
        .click();
    By task = By.xpath("//li[.//a[normalize-space()='안건 선정·순서 정리']]");
    wait.until(d -> d.findElement(task).getText().contains("제5차 지역균형발전포럼"));
    assertThat(browser.findElement(task).getText()).contains("포럼 회의");
  }

  @Test
  void aRegionReadsItsSupplementRequestInItsNotificationsFromTheWelcomePage()
      throws InterruptedException {
    DemoPetitionsIT.awaitSeeded(seeder);
    browser.get("http://localhost:" + port + "/notifications");
    signInHere("gangwon.official");
    WebElement link =
        wait.until(elementToBeClickable(By.xpath("//a[starts-with(normalize-space(), '알림함')]")));
    By badge = By.cssSelector(".rbd-new-notifications");
    wait.until(d -> link.findElement(badge).isDisplayed());
    assertThat(Integer.parseInt(link.findElement(badge).getText()))
        .as("none of them read yet")
        .isPositive();
    link.click();
    wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("알림함"));
    assertThat(browser.findElements(By.cssSelector(".mark"))).isNotEmpty();
    assertThat(Browser.shown(browser))
        .contains("강원특별자치도에 보낸 알림입니다", "보완 요청")
        .contains("보완 요청 내용: 해제 대상 지역의 면적과 위치도, 군 협의 결과를 보완해 주십시오.")
        .contains("보완 기한: ");
  }

  @Test
  void aRegionFollowsItsPetitionFromTheWelcomePageToWhatTheForumDecided()
      throws InterruptedException {
    DemoPetitionsIT.awaitSeeded(seeder);
    browser.get("http://localhost:" + port + "/petitions");
    signInHere("ulsan.official");
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='건의 현황']"))).click();
    wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("건의 현황"));
    assertThat(Browser.shown(browser))
        .contains("울산 노후 국가산업단지 재생과 구조고도화", "처리 결과 확인: 울산광역시 · 결과: 수용")
        .as("only the region's own petitions")
        .doesNotContain("부산 도심 철도", "제주 원도심");
    wait.until(elementToBeClickable(By.partialLinkText("RP-"))).click();
    wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("울산 노후 국가산업단지"));
    assertThat(Browser.shown(browser))
        .contains("결정 회의", "제3차 지역균형발전포럼", "반기별로 추진 상황을 보고")
        .contains("처리 경과", "소관 부서 검토", "기획단장 승인");
  }

  @Test
  void theCouncilFindsAPetitionByAWordOfItsTitleKeepingItsFilters() throws InterruptedException {
    DemoPetitionsIT.awaitSeeded(seeder);
    String railway = "http://localhost:" + port + "/petitions?state=open&category=railway";
    browser.get(railway);
    signInHere("council.secretary");
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='건의 현황']")));
    browser.get(railway);
    WebElement search = wait.until(elementToBeClickable(By.name("q")));
    search.sendKeys("지하화");
    browser.findElement(By.xpath("//button[normalize-space()='찾기']")).click();
    wait.until(d -> d.getCurrentUrl().contains("q="));
    assertThat(browser.getCurrentUrl()).contains("state=open", "category=railway");
    assertThat(Browser.shown(browser))
        .contains("부산 도심 철도 지하화와 상부 부지 개발 지원", "검색 지우기")
        .doesNotContain("대전 도시철도");
  }

  @Test
  void aDivisionReadsThePetitionsRecordFromItsTaskBeforeClaimingIt() throws InterruptedException {
    DemoPetitionsIT.awaitSeeded(seeder);
    String busan = number("busan.official", "부산 도심 철도 지하화와 상부 부지 개발 지원");
    tasklist().openTask("railway-policy.officer", busan, "소관 부서 검토");
    String tasklistWindow = browser.getWindowHandle();

    // the task is not claimed: its form is veiled, but the link to the record is not
    clickAsShown(wait.until(elementToBeClickable(By.linkText("건의 경과·첨부 문서 보기 (새 창)"))));
    wait.until(d -> d.getWindowHandles().size() == 2);
    browser.switchTo().window(otherWindowThan(tasklistWindow));
    wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("부산 도심 철도 지하화"));
    assertThat(Browser.shown(browser))
        .contains(busan, "소관 부서 검토: 철도정책과", "소관 부서 검토: 철도건설과", "처리 경과");
    browser.close();
    browser.switchTo().window(tasklistWindow);
    assertThat(browser.getCurrentUrl()).as("Tasklist stays open").contains("/app/tasklist/");
  }

  @Test
  void aDivisionAttachesItsReviewToThePetitionFromItsTask() throws Exception {
    DemoPetitionsIT.awaitSeeded(seeder);
    String busan = number("busan.official", "부산 도심 철도 지하화와 상부 부지 개발 지원");
    Path folder = Files.createTempDirectory("rbd-documents");
    Path review = Files.writeString(folder.resolve("철도 검토 의견.pdf"), "%PDF-1.4 검토 의견");
    tasklist().openTask("railway-construction.officer", busan, "소관 부서 검토");
    String tasklistWindow = browser.getWindowHandle();
    clickAsShown(wait.until(elementToBeClickable(By.linkText("건의 경과·첨부 문서 보기 (새 창)"))));
    wait.until(d -> d.getWindowHandles().size() == 2);
    browser.switchTo().window(otherWindowThan(tasklistWindow));
    WebElement file = wait.until(d -> d.findElement(By.cssSelector("input[type=file][name=file]")));
    file.sendKeys(review.toString());
    browser.findElement(By.name("description")).sendKeys("노선 검토 의견");
    browser.findElement(By.xpath("//button[normalize-space()='첨부']")).click();
    wait.until(d -> d.getCurrentUrl().endsWith("#documents"));
    assertThat(browser.getCurrentUrl()).contains("/petitions/" + busan);
    WebElement row =
        wait.until(d -> d.findElement(By.xpath("//tr[td/a[normalize-space()='철도 검토 의견.pdf']]")));
    assertThat(row.getText()).contains("노선 검토 의견", "1KB", "탁철건");
    assertThat(row.findElement(By.tagName("a")).getAttribute("href"))
        .contains("/petitions/" + busan + "/documents/");
    browser.close();
    browser.switchTo().window(tasklistWindow);
  }

  @Test
  void aDivisionAttachesItsReviewInTheTasksDocumentsTabWithoutLeavingTasklist() throws Exception {
    DemoPetitionsIT.awaitSeeded(seeder);
    String busan = number("busan.official", "부산 도심 철도 지하화와 상부 부지 개발 지원");
    Path folder = Files.createTempDirectory("rbd-documents-tab");
    Path review = Files.writeString(folder.resolve("노선 검토 자료.pdf"), "%PDF-1.4 노선 검토");
    tasklist().openTask("railway-construction.officer", busan, "소관 부서 검토");
    String tasklistWindow = browser.getWindowHandle();
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='첨부 문서']"))).click();
    WebElement tab = wait.until(d -> d.findElement(By.cssSelector(".rbd-documents-tab table")));
    assertThat(tab.getText())
        .as("the region's and the other division's documents, attached before")
        .contains("도심 철도 지하화 사업 개요.txt", "철도정책과 사전 검토 메모.txt", "하철도");

    browser
        .findElement(By.cssSelector(".rbd-attach-document input[type=file]"))
        .sendKeys(review.toString());
    browser
        .findElement(By.cssSelector(".rbd-attach-document input[name=description]"))
        .sendKeys("구간별 검토");
    browser
        .findElement(
            By.xpath("//form[@class='rbd-attach-document']//button[normalize-space()='첨부']"))
        .click();
    wait.until(d -> Browser.shown(d).contains("첨부했습니다: 노선 검토 자료.pdf"));
    WebElement row =
        wait.until(
            d ->
                d.findElement(
                    By.xpath(
                        "//div[contains(@class,'rbd-documents-tab')]"
                            + "//tr[td/a[normalize-space()='노선 검토 자료.pdf']]")));
    assertThat(row.getText()).contains("구간별 검토", "1KB", "탁철건");
    assertThat(row.findElement(By.tagName("a")).getAttribute("href"))
        .contains("/petitions/" + busan + "/documents/");
    assertThat(browser.getWindowHandles()).as("still in Tasklist, on the task").hasSize(1);
    assertThat(browser.getWindowHandle()).isEqualTo(tasklistWindow);
    assertThat(browser.getCurrentUrl()).contains("/camunda/app/tasklist/");
  }

  @Test
  void anOfficialSeesNewNotificationsInTasklistsTopBarUntilReadingThem() {
    ledger.send(
        "browser-test:" + UUID.randomUUID(),
        null,
        "region-sejong",
        "세종 시험 알림",
        "Tasklist의 알림함 표시 확인");
    tasklist().signIn("sejong.official");
    String tasklistWindow = browser.getWindowHandle();
    By badge = By.cssSelector(".rbd-notifications-action .rbd-new-notifications");
    WebElement count =
        wait.until(d -> d.findElement(badge).isDisplayed() ? d.findElement(badge) : null);
    assertThat(Integer.parseInt(count.getText())).isPositive();
    assertThat(
            browser.findElement(By.cssSelector(".rbd-notifications-action")).getAttribute("title"))
        .contains("새 알림 " + count.getText() + "건");

    clickAsShown(browser.findElement(By.cssSelector(".rbd-notifications-action")));
    wait.until(d -> d.getWindowHandles().size() == 2);
    browser.switchTo().window(otherWindowThan(tasklistWindow));
    wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("알림함"));
    assertThat(browser.findElement(By.xpath("//article[.//h2[contains(., '세종 시험 알림')]]")).getText())
        .startsWith("새 알림 ");
    browser.close();

    browser.switchTo().window(tasklistWindow);
    browser.navigate().refresh();
    wait.until(elementToBeClickable(By.cssSelector(".rbd-notifications-action")));
    wait.until(d -> !d.findElement(badge).isDisplayed());
  }

  @Test
  void aRegionOpensItsPetitionsFromTasklistsTopBar() throws InterruptedException {
    DemoPetitionsIT.awaitSeeded(seeder);
    tasklist().signIn("busan.official");
    String tasklistWindow = browser.getWindowHandle();
    // shown once the engine confirms the region may see petitions
    clickAsShown(
        wait.until(elementToBeClickable(By.xpath("//a[contains(normalize-space(), '건의 현황')]"))));
    wait.until(d -> d.getWindowHandles().size() == 2);
    browser.switchTo().window(otherWindowThan(tasklistWindow));
    wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("건의 현황"));
    assertThat(Browser.shown(browser))
        .contains("부산 도심 철도 지하화와 상부 부지 개발 지원")
        .doesNotContain("울산 노후 국가산업단지");
  }

  @Test
  void aForumMemberFindsTheMinutesFromTheWelcomePage() throws InterruptedException {
    DemoPetitionsIT.awaitSeeded(seeder);
    // not signed in: the page sends the member to sign in first
    browser.get("http://localhost:" + port + "/forum/minutes");
    signInHere("forum.member01");
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='포럼 회의록']"))).click();
    wait.until(elementToBeClickable(By.linkText("제3차 지역균형발전포럼"))).click();
    wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("제3차 지역균형발전포럼 회의록"));
    assertThat(Browser.shown(browser))
        .contains("2026년 11월 20일 (금)", "채택", "울산 노후 국가산업단지 재생과 구조고도화");
  }

  @Test
  void aRegionOfficialIsNotOfferedTheMinutesTheyCannotRead() {
    browser.get("http://localhost:" + port + "/camunda/app/welcome/default/");
    signInHere("ulsan.official");
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='English']")));
    assertThat(browser.findElements(By.xpath("//a[normalize-space()='포럼 회의록']")))
        .noneMatch(WebElement::isDisplayed);
    // shown once the engine confirms the region may see petitions
    wait.until(d -> d.findElement(By.xpath("//a[normalize-space()='건의 현황']")).isDisplayed());
    wait.until(d -> d.findElement(By.xpath("//a[normalize-space()='건의 통계']")).isDisplayed());
  }

  @Test
  void aForumMemberIsNotOfferedThePetitionsTheyCannotSee() {
    browser.get("http://localhost:" + port + "/camunda/app/welcome/default/");
    signInHere("forum.member01");
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='포럼 회의록']")));
    assertThat(browser.findElements(By.xpath("//a[normalize-space()='건의 현황']")))
        .noneMatch(WebElement::isDisplayed);
    assertThat(browser.findElements(By.xpath("//a[normalize-space()='건의 통계']")))
        .noneMatch(WebElement::isDisplayed);
  }

  @Test
  void thePlanningGroupCountsThePetitionsFromTheWelcomePage() throws InterruptedException {
    DemoPetitionsIT.awaitSeeded(seeder);
    browser.get("http://localhost:" + port + "/camunda/app/welcome/default/");
    signInHere("council.secretary");
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='건의 통계']"))).click();
    wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("건의 통계"));
    assertThat(Browser.shown(browser)).contains("지역별", "분야별", "지역 교통망 - 철도", "충청남도", "합계");
    assertThat(browser.findElement(By.linkText("분야별 표를 CSV 파일로 내려받기")).isDisplayed()).isTrue();
  }

  /** The number of the demo petition {@code official}'s region raised under {@code title}. */
  private String number(String official, String title) {
    return DemoPetitionsIT.petition(http, official, title).path("number").asText();
  }
}
