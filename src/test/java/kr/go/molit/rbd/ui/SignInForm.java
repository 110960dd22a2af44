package kr.go.molit.rbd.ui;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The webapps' sign-in form (Tasklist, Cockpit, Admin, Welcome share it), as a user fills it.
 *
 * <p>The page moves the focus to the user-name field itself, once as it renders and again 300 ms
 * later; keys typed into the password field before that end up in the user-name field ("busan.
 * officialdemo" and an empty password). So both fields are filled until both hold what was typed,
 * and only then is the form sent.
 */
public final class SignInForm {

  /** Every demo user's password. */
  public static final String DEMO_PASSWORD = "demo";

  private static final By USER_NAME = By.cssSelector("input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
  private static final By SEND = By.cssSelector("form[name='signinForm'] button[type='submit']");

  private SignInForm() {}

  /**
   * Signs {@code user} in with the demo password on the sign-in form the browser shows or is about
   * to.
   */
  public static void submit(WebDriver browser, WebDriverWait wait, String user) {
    WebElement name = wait.until(visibilityOfElementLocated(USER_NAME));
    WebElement password = browser.findElement(PASSWORD);
    wait.until(
        d -> {
          retype(name, user);
          retype(password, DEMO_PASSWORD);
          return user.equals(name.getDomProperty("value"))
              && DEMO_PASSWORD.equals(password.getDomProperty("value"));
        });
    browser.findElement(SEND).click();
  }

  private static void retype(WebElement field, String text) {
    if (!text.equals(field.getDomProperty("value"))) {
      field.clear();
      field.sendKeys(text);
    }
  }
}
