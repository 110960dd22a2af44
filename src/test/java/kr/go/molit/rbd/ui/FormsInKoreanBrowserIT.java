package kr.go.molit.rbd.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.OnH2;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What Camunda Forms writes itself (validation messages, an empty select's placeholder, the date
 * picker's calendar) is Korean in Tasklist, as the rest of the form is (form-korean.js).
 */
@OnH2
class FormsInKoreanBrowserIT extends BrowserTest {

  private static final String REQUIRED = "필수 입력 항목입니다.";

  @Autowired TestRestTemplate http;

  @Test
  void petitionStartFormShowsKoreanPlaceholderAndMessages() {
    openStartForm("busan.official", "지역 건의 처리");
    WebElement category =
        wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-select-display")));
    assertThat(category.getText()).isEqualTo("선택하십시오");

    WebElement title = fieldLabelled("건의 제목");
    title.sendKeys("가");
    title.sendKeys(Keys.BACK_SPACE);
    wait.until(d -> errorsShown().contains(REQUIRED));
    title.sendKeys("가".repeat(201));
    wait.until(d -> errorsShown().contains("200자 이하로 입력해야 합니다."));

    category.click();
    // the list shows seven of its eleven items: the official scrolls it down to 철도
    WebElement railway =
        wait.until(
            visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(., '철도')]")));
    clickAsShown(railway);
    wait.until(d -> d.findElement(By.cssSelector(".fjs-select-display")).getText().contains("철도"));
    assertThat(Browser.shown(browser)).doesNotContain("Field ", "Select");
  }

  @Test
  void forumSessionDatePickerIsKorean() {
    openStartForm("forum.secretary", "지역균형발전포럼 회의");
    WebElement date =
        wait.until(
            visibilityOfElementLocated(By.cssSelector(".fjs-container input.flatpickr-input")));
    date.click();
    wait.until(visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    List<String> weekdays =
        browser.findElements(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday")).stream()
            .map(WebElement::getText)
            .map(String::trim)
            .toList();
    assertThat(weekdays).containsExactly("일", "월", "화", "수", "목", "금", "토");
    String month =
        (String)
            script(
                "return document.querySelector("
                    + "'.flatpickr-calendar.open .flatpickr-monthDropdown-months').selectedOptions[0].textContent;");
    assertThat(month).matches("\\d{1,2}월");

    browser
        .findElement(
            By.xpath(
                "//*[contains(@class,'flatpickr-calendar')][contains(@class,'open')]"
                    + "//span[contains(@class,'flatpickr-day')][not(contains(@class,'Month'))][normalize-space()='15']"))
        .click();
    // the field's format follows the browser's own locale (12/15/2026 or 2026. 12. 15.)
    wait.until(
        d ->
            date.getAttribute("value").matches(".*\\b15\\b.*")
                && date.getAttribute("value").matches(".*\\d{4}.*"));
  }

  @Test
  void taskFormCompletedEmptyAnswersInKorean() {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("동해선 복선전철", "railway"));
    String taskId = rest.awaitTask("council.secretary", number, "completeness-check");
    rest.post(
        "council.secretary", "/task/" + taskId + "/claim", Map.of("userId", "council.secretary"));

    tasklist().openTask("council.secretary", number, "접수 검토");
    WebElement complete =
        wait.until(visibilityOfElementLocated(By.xpath("//button[normalize-space()='완료']")));
    clickAsShown(complete);

    wait.until(d -> errorsShown().contains(REQUIRED));
    assertThat(errorsShown()).doesNotContain("Field ");
  }

  @Test
  void everyMessageOfTheBundledFormJsHasKorean() {
    tasklist().signIn("busan.official");
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='프로세스 시작']")));
    List<String> english = FormJsMessages.EXAMPLES.values().stream().flatMap(List::stream).toList();
    @SuppressWarnings("unchecked")
    List<String> korean =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "import('/camunda/app/tasklist/scripts/form-korean.js')"
                        + ".then(m => done(arguments[0].map(m.translateMessage)), e => done([String(e)]));",
                    english);
    assertThat(korean)
        .hasSameSizeAs(english)
        .allSatisfy(text -> assertThat(text).containsPattern("[가-힣]"));
  }

  private void openStartForm(String user, String process) {
    tasklist().signIn(user);
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='프로세스 시작']"))).click();
    wait.until(elementToBeClickable(By.xpath("//a[normalize-space()='" + process + "']"))).click();
    wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  private WebElement fieldLabelled(String label) {
    return wait.until(
        visibilityOfElementLocated(
            By.xpath(
                "//label[contains(., '"
                    + label
                    + "')]/following::*[self::input or self::textarea][1]")));
  }

  private String errorsShown() {
    return browser.findElements(By.cssSelector(".fjs-form-field-error")).stream()
        .map(WebElement::getText)
        .reduce("", (a, b) -> a + "\n" + b);
  }

  private Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }
}
