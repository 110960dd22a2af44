package kr.go.molit.rbd.forum;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
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

  private static final DateTimeFormatter KOREAN_DATE =
      DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E)", Locale.KOREAN);

  /**
   * A session's date as officials write it, 2026년 3월 5일 (목): the start form submits it as an ISO
   * date, and a REST client may send a Date, read on the Korean calendar day. Anything else is
   * printed as it was given, never dropped.
   */
  static String date(Object value) {
    if (value instanceof Date date) {
      return KOREAN_DATE.format(date.toInstant().atZone(ZoneId.of("Asia/Seoul")).toLocalDate());
    }
    if (value instanceof String text) {
      try {
        return KOREAN_DATE.format(LocalDate.parse(text));
      } catch (DateTimeParseException notAnIsoDate) {
        return text;
      }
    }
    return value == null ? null : value.toString();
  }

  static String supportDirection(String code) {
    return Labels.of(Labels.OPINIONS, code);
  }

  private ForumLabels() {}
}
