package kr.go.molit.rbd.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import kr.go.molit.rbd.OnH2;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.ui.Browser;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The forum secretary curates the agenda in Tasklist: the waiting petitions are offered by number and title. */
@OnH2
class ForumFormsInBrowserIT {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;
  @LocalServerPort int port;
  @TempDir Path profile;
  WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void curationFormOffersTheWaitingPetitions() throws IOException {
    Browser.assumeInstalled();
    PetitionsAwaitingForum petitions = new PetitionsAwaitingForum(new Officials(engine), p ->
        ForumSessionChecks.await("division review continued", () -> engine.getTaskService().createTaskQuery()
            .processInstanceId(p.getId()).taskDefinitionKey("consolidate-direction").count() == 1));
    ProcessInstance petition = petitions.petition(3, "광주 인공지능 집적단지 확장");
    EngineRest rest = new EngineRest(http);
    String session = new Officials(engine).start("forum.secretary", "forum-session", Map.of(
        "sessionTitle", "제7차 지역균형발전포럼", "sessionDate", "2026-12-10", "venue", "정부세종청사",
        "theme", "권역별 원팀 전략")).getId();
    String task = rest.getJson("forum.secretary", "/task?processInstanceId=" + session
        + "&taskDefinitionKey=curate-agenda&maxResults=1").get(0).path("id").asText();

    browser = Browser.start("ko-KR", profile);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);
    wait.until(visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys("forum.secretary");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), '이번 회의에 상정할 건의')]")));
    wait.until(visibilityOfElementLocated(By.xpath("//label[contains(., '" + petition.getBusinessKey() + "')]")));
    wait.until(d -> Browser.shown(d).contains("제7차 지역균형발전포럼"));
    // the session's date as a date field, as the start form showed it: in the browser's own date
    // format (2026. 12. 10. on a Korean system), not as the ISO text the variable holds
    Object browsersDate = ((JavascriptExecutor) browser).executeScript(
        "return new Intl.DateTimeFormat('default').format(new Date(2026, 11, 10));");
    assertThat(browser.findElement(By.cssSelector(".fjs-form-field-datetime input")).getAttribute("value"))
        .isEqualTo(browsersDate).isNotEqualTo("2026-12-10");
    String page = Browser.shown(browser);
    assertThat(page).contains("제7차 지역균형발전포럼", "광주 인공지능 집적단지 확장", "안건 순서")
        .doesNotContain("agendaCandidateOptions", "{{");
    Files.createDirectories(Path.of("target/screenshots"));
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        Path.of("target/screenshots/tasklist-forum-curation.png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
