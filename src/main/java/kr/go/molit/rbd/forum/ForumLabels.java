package kr.go.molit.rbd.forum;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import kr.go.molit.rbd.calendar.WorkingDays;
import kr.go.molit.rbd.petition.Labels;

/** Korean labels of the codes the forum forms show and the minutes print. */
final class ForumLabels {

  static final Map<String, String> DECISIONS =
      Map.of(
          "adopted",
          "채택",
          "conditional",
          "조건부 채택",
          ForumVariables.DEFERRED,
          "보류",
          "rejected",
          "불채택");

  static String decision(String code) {
    return code == null ? "-" : DECISIONS.getOrDefault(code, code);
  }

  /**
   * A session's date as officials write it, 2026년 3월 5일 (목): the start form submits it as an ISO
   * date, and a REST client may send a Date, read on the Korean calendar day. Anything else is
   * printed as it was given, never dropped.
   */
  static String date(Object value) {
    LocalDate day = day(value);
    if (day != null) {
      return WorkingDays.label(day);
    }
    return value == null ? null : value.toString();
  }

  /** The calendar day in Korea a session's date names, or null if it names none. */
  static LocalDate day(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(WorkingDays.KOREA).toLocalDate();
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException notAnIsoDate) {
        return null;
      }
    }
    return null;
  }

  static String supportDirection(String code) {
    return Labels.of(Labels.OPINIONS, code);
  }

  private ForumLabels() {}
}
