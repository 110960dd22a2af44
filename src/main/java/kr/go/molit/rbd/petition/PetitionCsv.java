package kr.go.molit.rbd.petition;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import kr.go.molit.rbd.calendar.WorkingDays;

/**
 * 건의 현황 as a CSV file for a spreadsheet (officials' reports): UTF-8 with a byte order mark, so
 * Excel reads the Korean, RFC 4180 quoting, and a region's own words never taken for a formula.
 */
final class PetitionCsv {

  static final String BOM = "\uFEFF";
  static final String HEADER = "건의 번호,지역,제목,분야,접수일,상태,진행 단계,가장 가까운 기한,기한 경과,처리 결과,결정일,결정 회의";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(WorkingDays.KOREA);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkingDays.KOREA);

  private PetitionCsv() {}

  static String write(List<PetitionStatus.View> petitions, Date now) {
    StringBuilder csv = new StringBuilder(BOM).append(HEADER).append("\r\n");
    for (PetitionStatus.View p : petitions) {
      Date nearest = p.open() ? p.nearestDue() : null;
      csv.append(
              String.join(
                  ",",
                  field(p.number()),
                  field(p.regionName()),
                  field(p.title()),
                  field(p.categoryLabel()),
                  field(day(p.submittedAt())),
                  field(p.open() ? "진행 중" : "종결"),
                  field(p.open() ? p.stepsText() : ""),
                  field(nearest == null ? "" : WHEN.format(nearest.toInstant())),
                  field(nearest != null && nearest.before(now) ? "예" : ""),
                  field(p.outcomeLabel()),
                  field(day(p.decidedAt())),
                  field(p.forumSessionTitle())))
          .append("\r\n");
    }
    return csv.toString();
  }

  /**
   * One field: quoted when it holds a comma, quote or line break, and a text a spreadsheet would
   * run as a formula (starting with =, +, -, @, tab or carriage return) kept as text by a leading
   * apostrophe (OWASP's advice on CSV injection).
   */
  static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static String day(Date date) {
    return date == null ? "" : DAY.format(date.toInstant());
  }
}
