package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionHtml.*;

import java.util.Set;
import kr.go.molit.rbd.petition.PetitionFilter.State;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
import kr.go.molit.rbd.petition.PetitionSummary.Line;

/**
 * 건의 통계's page: the years as links, and a table with a line per region and the totals; each number
 * other than zero links to 건의 현황's list of those petitions. Served at {@code /petitions/summary},
 * so its links are relative to {@code /petitions/}.
 */
record PetitionSummaryPage(PetitionSummary.Summary summary, Set<String> regionCodes, int thisYear) {

  /** The address of the page for one year (null: every year), from 건의 현황's list. */
  static String href(Integer year) {
    return "petitions/" + own(year);
  }

  private static String own(Integer year) {
    return year == null ? "summary" : "summary?year=" + year;
  }

  String render(String contextPath) {
    StringBuilder page = page("건의 통계");
    page.append(
        "<p>열람할 수 있는 지역 건의의 건수입니다. 진행 중인 건의와, 종결된 건의의 처리 결과별로 셉니다. "
            + "처리 결과가 정해졌더라도 지역이 결과를 확인하기 전까지는 진행 중으로 셉니다. "
            + "숫자를 누르면 그 건의의 목록이 열립니다.</p>\n<nav><p>연도: ");
    year(page, null, "전체");
    for (int y = thisYear; y > thisYear - PetitionListPage.YEARS_OFFERED; y--) {
      year(page, y, y + "년");
    }
    page.append("</p><p><a href=\"../petitions\">건의 현황으로</a></p></nav>\n");
    if (summary.total().total() == 0) {
      page.append("<p>").append(e(scope())).append("에 열람할 수 있는 건의가 없습니다.</p>\n");
      return page.append(end(contextPath)).toString();
    }
    page.append("<table><caption>")
        .append(e(scope()))
        .append(" 건의 건수</caption>\n<tr><th>지역</th><th>전체</th><th>진행 중</th><th>기한 경과</th>");
    for (Outcome outcome : summary.outcomes()) {
      page.append("<th>").append(e(outcome.label())).append("</th>");
    }
    page.append("<th>결과 없이 종결</th></tr>\n");
    summary.regions().forEach(line -> line(page, line));
    line(page, summary.total());
    page.append("</table>\n<p>기한 경과: 진행 중인 건의 가운데 기한이 지난 단계가 있는 건의입니다. ")
        .append("결과 없이 종결: 운영자가 취소한 건의입니다.</p>\n");
    return page.append(end(contextPath)).toString();
  }

  private String scope() {
    return summary.year() == null ? "전체 연도" : summary.year() + "년";
  }

  private void year(StringBuilder page, Integer year, String label) {
    if (year == null ? summary.year() == null : year.equals(summary.year())) {
      page.append("<strong>").append(e(label)).append("</strong>");
    } else {
      page.append("<a href=\"").append(e(own(year))).append("\">").append(e(label)).append("</a>");
    }
  }

  private void line(StringBuilder page, Line line) {
    boolean total = line.regionCode() == null;
    // petitions of a region the directory no longer lists cannot be listed by region
    boolean listed = total || regionCodes.contains(line.regionCode());
    PetitionFilter all =
        new PetitionFilter(
            line.regionCode(), summary.year(), null, null, 0, PetitionFilter.DEFAULT_MAX);
    page.append(total ? "<tr><th>" : "<tr><td>")
        .append(e(line.regionName()))
        .append(total ? "</th>" : "</td>");
    cell(page, line.total(), listed, all);
    cell(page, line.open(), listed, all.withState(State.OPEN));
    cell(page, line.overdue(), listed, all.withState(State.OVERDUE));
    for (Outcome outcome : summary.outcomes()) {
      cell(
          page,
          line.closed().getOrDefault(outcome.code(), 0),
          listed,
          all.withState(State.CLOSED).withOutcome(outcome.code()));
    }
    cell(page, line.cancelled(), false, all);
    page.append("</tr>\n");
  }

  private static void cell(StringBuilder page, int count, boolean link, PetitionFilter filter) {
    page.append("<td class=\"number\">");
    if (link && count > 0) {
      page.append("<a href=\"../")
          .append(e(PetitionListPage.href(filter)))
          .append("\">")
          .append(String.format("%,d", count))
          .append("</a>");
    } else {
      page.append(String.format("%,d", count));
    }
    page.append("</td>");
  }
}
