package kr.go.molit.rbd.ui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver. Both are named explicitly so
 * that Selenium Manager never tries to download a browser or driver (the build machines have no
 * such network access). Where they are not installed, browser tests are skipped with a loud
 * warning, or fail when {@value #REQUIRE_VARIABLE}=1 (as CI sets it, so tests cannot vanish there).
 */
public final class Browser {

  /** Debian package {@code chromium}. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Debian package {@code chromium-driver}. */
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  static final String REQUIRE_VARIABLE = "RBD_REQUIRE_BROWSER";

  private Browser() {}

  /** Skips the calling test, or fails it if a browser is required, unless both programs exist. */
  public static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (installed) {
      return;
    }
    String missing =
        "%s or %s is missing (apt-get install chromium chromium-driver fonts-noto-cjk)"
            .formatted(CHROMIUM, CHROMEDRIVER);
    if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
      fail(REQUIRE_VARIABLE + "=1 but " + missing);
    }
    System.err.println(
        """

        ************************************************************************
        *  BROWSER TESTS SKIPPED                                               *
        *  %s
        *  The Korean user interface was NOT checked in a browser.             *
        *  Set %s=1 to make this a failure instead of a skip.     *
        ************************************************************************
        """
            .formatted(missing, REQUIRE_VARIABLE));
    assumeTrue(false, missing);
  }

  /**
   * Starts a headless Chromium that asks web pages for {@code language} (e.g. {@code en-US}), with
   * its own fresh profile in {@code profile} so no stored language choice or login leaks in.
   */
  public static WebDriver start(String language, Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1440,900",
        "--lang=" + language,
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(driver, options);
  }

  /**
   * What the page shows: its visible text and the values of its fields (read-only ones included).
   */
  public static String shown(WebDriver browser) {
    Object values =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "return Array.from(document.querySelectorAll('input,textarea')).map(e => e.value).join('\\n');");
    return browser.findElement(org.openqa.selenium.By.tagName("body")).getText() + "\n" + values;
  }
}
