package kr.go.molit.rbd.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test against the test's own server: a fresh headless Chromium for each test, asking
 * pages for {@link #language()}, with its own profile; quit after the test, whose last state is
 * kept as {@code target/screenshots/last-<test>.png} for people to look at when one fails.
 */
public abstract class BrowserTest {

  protected static final Path SCREENSHOTS = Path.of("target/screenshots");

  /** How long a test waits for the page to show what it expects. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort protected int port;
  @TempDir Path profile;

  protected WebDriver browser;
  protected WebDriverWait wait;

  /** The language the browser asks for; Korean unless a test says otherwise. */
  protected String language() {
    return "ko-KR";
  }

  @BeforeEach
  void startBrowser() {
    Browser.assumeInstalled();
    browser = Browser.start(language(), profile);
    wait = new WebDriverWait(browser, PATIENCE);
  }

  @AfterEach
  void quitBrowser(TestInfo test) throws IOException {
    if (browser != null) {
      screenshot("last-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
      browser.quit();
    }
  }

  /**
   * Clicks {@code element} as a user would: scrolled to the middle of its scrolling boxes
   * (Tasklist's footer covers the bottom of the window), once nothing else covers its centre any
   * more. A list that is still scrolling or a field drawn over it would otherwise take the click;
   * one that stays covered fails the test, since a user could not click it either.
   */
  protected void clickAsShown(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    // a wait of its own: withMessage and ignoring would change the test's wait for good
    new WebDriverWait(browser, PATIENCE)
        .withMessage(() -> "something is drawn over " + element)
        .ignoring(ElementClickInterceptedException.class)
        .until(
            d -> {
              Object onTop =
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "const box = arguments[0].getBoundingClientRect();"
                              + "const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);"
                              + "return top !== null && arguments[0].contains(top);",
                          element);
              if (!Boolean.TRUE.equals(onTop) || !element.isEnabled()) {
                return false;
              }
              element.click();
              return true;
            });
  }

  /** The browser's window other than {@code window}, such as one a link opened beside it. */
  protected String otherWindowThan(String window) {
    return browser.getWindowHandles().stream()
        .filter(handle -> !handle.equals(window))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no other window than " + window));
  }

  /** Signs {@code user} in on the webapps' sign-in form the browser shows or is about to show. */
  protected void signInHere(String user) {
    SignInForm.submit(browser, wait, user);
  }

  /** Tasklist's sign-in and task pages in this test's browser. */
  protected TasklistPages tasklist() {
    return new TasklistPages(browser, wait, port);
  }

  protected void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
