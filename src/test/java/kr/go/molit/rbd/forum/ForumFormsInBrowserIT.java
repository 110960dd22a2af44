package kr.go.molit.rbd.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.util.Map;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.OnH2;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.ui.Browser;
import kr.go.molit.rbd.ui.BrowserTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The forum secretary curates the agenda in Tasklist: the waiting petitions are offered by number
 * and title.
 */
@OnH2
class ForumFormsInBrowserIT extends BrowserTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;

  @Test
  void curationFormOffersTheWaitingPetitions() throws IOException {
    PetitionsAwaitingForum petitions =
        ForumSessionChecks.awaitingForum(new Officials(engine), engine);
    ProcessInstance petition = petitions.petition(3, "광주 인공지능 집적단지 확장");
    EngineRest rest = new EngineRest(http);
    String session =
        new Officials(engine)
            .start(
                "forum.secretary",
                "forum-session",
                Map.of(
                    "sessionTitle",
                    "제7차 지역균형발전포럼",
                    "sessionDate",
                    "2026-12-10",
                    "venue",
                    "정부세종청사",
                    "theme",
                    "권역별 원팀 전략"))
            .getId();
    String task =
        rest.getJson(
                "forum.secretary",
                "/task?processInstanceId="
                    + session
                    + "&taskDefinitionKey=curate-agenda&maxResults=1")
            .get(0)
            .path("id")
            .asText();

    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);
    signInHere("forum.secretary");
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), '이번 회의에 상정할 건의')]")));
    wait.until(
        visibilityOfElementLocated(
            By.xpath("//label[contains(., '" + petition.getBusinessKey() + "')]")));
    wait.until(d -> Browser.shown(d).contains("제7차 지역균형발전포럼"));
    // the session's date as a date field, as the start form showed it: in the browser's own date
    // format (2026. 12. 10. on a Korean system), not as the ISO text the variable holds
    Object browsersDate =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return new Intl.DateTimeFormat('default').format(new Date(2026, 11, 10));");
    assertThat(
            browser
                .findElement(By.cssSelector(".fjs-form-field-datetime input"))
                .getAttribute("value"))
        .isEqualTo(browsersDate)
        .isNotEqualTo("2026-12-10");
    String page = Browser.shown(browser);
    assertThat(page)
        .contains("제7차 지역균형발전포럼", "광주 인공지능 집적단지 확장", "안건 순서")
        .doesNotContain("agendaCandidateOptions", "{{");
    screenshot("tasklist-forum-curation");

    // each candidate's number opens its record beside Tasklist, before the task is claimed
    String tasklistWindow = browser.getWindowHandle();
    clickAsShown(browser.findElement(By.linkText(petition.getBusinessKey())));
    wait.until(d -> d.getWindowHandles().size() == 2);
    browser.switchTo().window(otherWindowThan(tasklistWindow));
    wait.until(d -> d.findElement(By.tagName("h1")).getText().contains("광주 인공지능 집적단지 확장"));
    assertThat(browser.getCurrentUrl()).endsWith("/petitions/" + petition.getBusinessKey());
  }
}
