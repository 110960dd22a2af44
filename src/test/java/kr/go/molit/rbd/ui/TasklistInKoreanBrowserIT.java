package kr.go.molit.rbd.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An official whose browser asks for English still gets Tasklist in Korean, down to the start form
 * of 지역 건의 처리; English appears only after choosing it. Screenshots land in target/screenshots.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:rbd-ui;DB_CLOSE_DELAY=-1")
class TasklistInKoreanBrowserIT {

  /** The demo administrator for now; later a region official such as busan.official. */
  static final String OFFICIAL_USER = "demo";

  static final String OFFICIAL_PASSWORD = "demo";

  /** A translation key shown as is, which is what angular-translate does with a missing key. */
  private static final Pattern RAW_KEY = Pattern.compile("^[A-Z][A-Z0-9_]{3,}$");

  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  @LocalServerPort int port;

  @TempDir Path profile;

  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openEnglishBrowser() {
    Browser.assumeInstalled();
    browser = Browser.start("en-US", profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void englishBrowserGetsKoreanTasklistAndStartForm() throws IOException {
    browser.get(app("tasklist"));
    wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='로그인']")));
    screenshot("tasklist-login");
    signIn();

    wait.until(elementToBeClickable(link("프로세스 시작")));
    assertThat(visibleText()).contains("업무 생성").doesNotContain("Start process", "Create task");
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
    browser.get(app("tasklist"));
    wait.until(elementToBeClickable(link("프로세스 시작")));
  }

  private void signIn() {
    browser.findElement(By.cssSelector("input[ng-model='username']")).sendKeys(OFFICIAL_USER);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(OFFICIAL_PASSWORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();
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

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
