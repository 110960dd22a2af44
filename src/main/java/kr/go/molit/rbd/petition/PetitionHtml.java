package kr.go.molit.rbd.petition;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import kr.go.molit.rbd.calendar.WorkingDays;
import org.springframework.web.util.HtmlUtils;

/**
 * The pieces 건의 현황's two pages share: the page frame and its small style sheet, dates as officials
 * write them in Korea, and every value escaped.
 */
final class PetitionHtml {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy. MM. dd.").withZone(WorkingDays.KOREA);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy. MM. dd. HH:mm").withZone(WorkingDays.KOREA);
  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0}"
          + "th,td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}"
          + "th{background:#eee}.nowrap{white-space:nowrap}nav p{margin:.3em 0}"
          + "nav a,nav strong{margin-right:.6em}.late{color:#b00;font-weight:bold}"
          + ".text{white-space:pre-wrap}dt{font-weight:bold}dd{margin:0}"
          + "dl{display:grid;grid-template-columns:max-content auto;gap:.3em 1em}";

  private PetitionHtml() {}

  /** A page's head and heading, both titled {@code title}. */
  static StringBuilder page(String title) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"UTF-8\">")
        .append("<title>")
        .append(e(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(e(title))
        .append("</h1>\n");
  }

  /** A page's end: the way back to the Welcome page. */
  static String end(String contextPath) {
    return "<p><a href=\""
        + e(contextPath)
        + "/camunda/app/welcome/\">처음 화면으로</a></p>\n</body></html>\n";
  }

  /** A due date, marked when it has passed. */
  static String due(Date due, Date now) {
    if (due == null) {
      return "";
    }
    String label = e(WorkingDays.label(due));
    return due.before(now) ? "<span class=\"late\">" + label + " (기한 경과)</span>" : label;
  }

  static String item(String label, String html) {
    return "<dt>" + e(label) + "</dt><dd>" + html + "</dd>";
  }

  /** Text as written, line breaks kept. */
  static String text(String text) {
    return "<span class=\"text\">" + e(text) + "</span>";
  }

  static String day(Date date) {
    return date == null ? "" : DAY.format(date.toInstant());
  }

  static String when(Date date) {
    return date == null ? "" : WHEN.format(date.toInstant());
  }

  static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
