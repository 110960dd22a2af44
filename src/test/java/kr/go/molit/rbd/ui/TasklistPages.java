package kr.go.molit.rbd.ui;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Tasklist as an official opens it, in a test's browser. */
public final class TasklistPages {

  private final WebDriver browser;
  private final WebDriverWait wait;
  private final int port;

  public TasklistPages(WebDriver browser, WebDriverWait wait, int port) {
    this.browser = browser;
    this.wait = wait;
    this.port = port;
  }

  /** Opens Tasklist and signs in; every demo user's password is "demo". */
  public void signIn(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    SignInForm.submit(browser, wait, user);
  }

  /** Signs in and opens the petition's task from the official's own filter, "우리 기관 업무". */
  public void openTask(String user, String petitionNumber, String taskName) {
    signIn(user);
    wait.until(elementToBeClickable(By.xpath("//a[contains(normalize-space(), '우리 기관 업무')]")))
        .click();
    wait.until(
            elementToBeClickable(
                By.xpath(
                    "//li[contains(., '"
                        + petitionNumber
                        + "')]//a[contains(., '"
                        + taskName
                        + "')]")))
        .click();
  }
}
