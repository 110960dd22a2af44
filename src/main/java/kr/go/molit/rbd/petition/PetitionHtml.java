package kr.go.molit.rbd.petition;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import kr.go.molit.rbd.calendar.WorkingDays;
import kr.go.molit.rbd.security.WebappPages;

/**
 * The pieces 건의 현황's two pages share: their style sheet in the frame of our pages beside the
 * webapps ({@link WebappPages}), dates as officials write them in Korea, and due dates marked when
 * they have passed.
 */
final class PetitionHtml {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy. MM. dd.").withZone(WorkingDays.KOREA);
  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0}"
          + "th,td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}"
          + "th{background:#eee}.nowrap{white-space:nowrap}.number{text-align:right}nav p{margin:.3em 0}"
          + "nav a,nav strong{margin-right:.6em}.late{color:#b00;font-weight:bold}"
          + ".text{white-space:pre-wrap}dt{font-weight:bold}dd{margin:0}"
          + "dl{display:grid;grid-template-columns:max-content auto;gap:.3em 1em}"
          + "caption{text-align:left;font-weight:bold;padding:.3em 0}";

  private PetitionHtml() {}

  /** A page's head and heading, both titled {@code title}. */
  static StringBuilder page(String title) {
    return WebappPages.page(title, STYLE);
  }

  static String end(String contextPath) {
    return WebappPages.end(contextPath);
  }

  /** A page that only says {@code message}, with the way back to {@code back} (a path). */
  static String notice(
      String title, String message, String back, String backLabel, String contextPath) {
    return page(title)
        .append("<p>")
        .append(e(message))
        .append("</p><p><a href=\"")
        .append(e(contextPath + back))
        .append("\">")
        .append(e(backLabel))
        .append("</a></p>")
        .append(end(contextPath))
        .toString();
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
    return date == null ? "" : WebappPages.when(date.toInstant());
  }

  static String e(String text) {
    return WebappPages.escape(text);
  }
}
