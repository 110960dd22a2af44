package kr.go.molit.rbd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import kr.go.molit.rbd.OnH2;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.ui.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * HTML, script and AngularJS template payloads in a petition are stored as text and shown as
 * text: in the Tasklist form that reviews it and in Cockpit's variable view, nothing of them runs.
 */
@OnH2
class PayloadsRenderInertInBrowserIT {

  /** Each part would set window.__xss if a page ran it. */
  static final String PAYLOAD = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>"
      + "{{constructor.constructor('window.__xss=3')()}} " + "$" + "{1+1}";

  @Autowired TestRestTemplate http;
  @LocalServerPort int port;
  @TempDir Path profile;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void open() {
    Browser.assumeInstalled();
    browser = Browser.start("ko-KR", profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void payloadsAreTextInTasklistAndCockpit() throws IOException {
    EngineRest rest = new EngineRest(http);
    String number = rest.submitStartForm("ulsan.official", "regional-petition", Petitions.form("울산 건의 " + PAYLOAD, "other"));
    String task = rest.awaitTask("council.secretary", number, "completeness-check");
    String instance = rest.getJson("demo", "/process-instance?businessKey=" + number + "&maxResults=1").get(0).path("id").asText();

    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task));
    signIn("council.secretary");
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), '울산 건의')]")));
    assertInert("tasklist-payload");

    browser.manage().deleteAllCookies();
    browser.get(url("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime?tab=variables-tab"));
    signIn("demo");
    wait.until(visibilityOfElementLocated(By.xpath("//*[contains(text(), '울산 건의')]")));
    assertInert("cockpit-payload");
  }

  private void assertInert(String screenshot) throws IOException {
    Object executed = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;");
    assertThat(executed).as("payload code ran").isNull();
    assertThat(browser.findElements(By.cssSelector("img[src='x']"))).as("payload image element").isEmpty();
    assertThat(Browser.shown(browser)).contains("<script>window.__xss=2</script>{{constructor.constructor");
    Files.createDirectories(Path.of("target/screenshots"));
    Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
        Path.of("target/screenshots/" + screenshot + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private void signIn(String user) {
    wait.until(visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
