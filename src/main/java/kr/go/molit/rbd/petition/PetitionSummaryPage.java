package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionHtml.*;

import java.util.Set;
import kr.go.molit.rbd.petition.PetitionFilter.State;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
import kr.go.molit.rbd.petition.PetitionSummary.Numbers;

/**
 * 건의 통계's page: the years as links, and two tables, a line per region and a line per category, each
 * with the totals; each number other than zero links to 건의 현황's list of those petitions. Served at
 * {@code /petitions/summary}, so its links are relative to {@code /petitions/}.
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
        "<p>열람할 수 있는 지역 건의의 건수를 지역별, 분야별로 셉니다. 진행 중인 건의와, 종결된 건의의 처리 결과별로 셉니다. "
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
    page.append("<h2>지역별</h2>\n");
    table(page, "지역");
    summary
        .regions()
        .forEach(
            line ->
                line(
                    page,
                    line.regionName(),
                    line,
                    // petitions of a region the directory no longer lists cannot be listed by
                    // region
                    regionCodes.contains(line.regionCode()),
                    all().withRegion(line.regionCode())));
    total(page);
    download(page, PetitionSummaryCsv.Table.REGION);
    page.append("<h2>분야별</h2>\n");
    table(page, "분야");
    summary
        .categories()
        .forEach(
            line ->
                line(
                    page,
                    line.categoryLabel(),
                    line,
                    Category.ofCode(line.category()).isPresent(),
                    all().withCategory(line.category())));
    total(page);
    download(page, PetitionSummaryCsv.Table.CATEGORY);
    page.append("<p>기한 경과: 진행 중인 건의 가운데 기한이 지난 단계가 있는 건의입니다. ")
        .append("결과 없이 종결: 운영자가 취소한 건의입니다.</p>\n");
    return page.append(end(contextPath)).toString();
  }

  /** A table's caption and heading, its lines named in the first column by {@code by}. */
  private void table(StringBuilder page, String by) {
    page.append("<table><caption>")
        .append(e(scope()))
        .append(" ")
        .append(e(by))
        .append("별 건의 건수</caption>\n<tr><th>")
        .append(e(by))
        .append("</th><th>전체</th><th>진행 중</th><th>기한 경과</th>");
    for (Outcome outcome : summary.outcomes()) {
      page.append("<th>").append(e(outcome.label())).append("</th>");
    }
    page.append("<th>결과 없이 종결</th></tr>\n");
  }

  /** A table's line of totals, and its end. */
  private void total(StringBuilder page) {
    page.append("<tr><th>").append(e(summary.total().regionName())).append("</th>");
    cells(page, summary.total(), true, all());
    page.append("</tr>\n</table>\n");
  }

  /** The link to a table's CSV file. */
  private void download(StringBuilder page, PetitionSummaryCsv.Table table) {
    page.append("<p><a href=\"summary/export?")
        .append(summary.year() == null ? "" : "year=" + summary.year() + "&amp;")
        .append("by=")
        .append(table.code())
        .append("\">")
        .append(e(table.label()))
        .append("별 표를 CSV 파일로 내려받기</a> (엑셀에서 열림)</p>\n");
  }

  /** Every petition of the year shown, from the first page. */
  private PetitionFilter all() {
    return new PetitionFilter(
        null, summary.year(), null, null, null, null, 0, PetitionFilter.DEFAULT_MAX);
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

  private void line(
      StringBuilder page, String name, Numbers line, boolean listed, PetitionFilter all) {
    page.append("<tr><td>").append(e(name)).append("</td>");
    cells(page, line, listed, all);
    page.append("</tr>\n");
  }

  /** A line's numbers, linked to the lists of {@code all}'s petitions when {@code listed}. */
  private void cells(StringBuilder page, Numbers line, boolean listed, PetitionFilter all) {
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
