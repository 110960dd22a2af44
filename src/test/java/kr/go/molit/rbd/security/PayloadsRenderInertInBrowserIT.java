package kr.go.molit.rbd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import kr.go.molit.rbd.OnH2;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.ui.Browser;
import kr.go.molit.rbd.ui.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * HTML, script and AngularJS template payloads in a petition are stored as text and shown as text:
 * in the Tasklist form that reviews it and in Cockpit's variable view, nothing of them runs.
 */
@OnH2
class PayloadsRenderInertInBrowserIT extends BrowserTest {

  /** Each part would set window.__xss if a page ran it. */
  static final String PAYLOAD =
      "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>"
          + "{{constructor.constructor('window.__xss=3')()}} "
          + "$"
          + "{1+1}";

  @Autowired TestRestTemplate http;

  @Test
  void payloadsAreTextInTasklistAndCockpit() throws IOException {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            "ulsan.official", "regional-petition", Petitions.form("울산 건의 " + PAYLOAD, "other"));
    String task = rest.awaitTask("council.secretary", number, "completeness-check");
    String instance =
        rest.getJson("demo", "/process-instance?businessKey=" + number + "&maxResults=1")
            .get(0)
            .path("id")
            .asText();

    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task));
    signInHere("council.secretary");
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), '울산 건의')]")));
    assertInert("tasklist-payload");

    browser.manage().deleteAllCookies();
    browser.get(
        url(
            "/camunda/app/cockpit/default/#/process-instance/"
                + instance
                + "/runtime?tab=variables-tab"));
    signInHere("demo");
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), '울산 건의')]")));
    assertInert("cockpit-payload");
  }

  private void assertInert(String screenshot) throws IOException {
    Object executed =
        ((JavascriptExecutor) browser)
            .executeScript("return window.__xss === undefined ? null : window.__xss;");
    assertThat(executed).as("payload code ran").isNull();
    assertThat(browser.findElements(By.cssSelector("img[src='x']")))
        .as("payload image element")
        .isEmpty();
    assertThat(Browser.shown(browser))
        .contains("<script>window.__xss=2</script>{{constructor.constructor");
    screenshot(screenshot);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
