package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionHtml.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kr.go.molit.rbd.directory.Regions;
import org.springframework.web.util.UriUtils;

/**
 * 건의 현황's list: a search by title or number, the filters as links (state, year, result, category
 * and, for those who see every region, region), a row per petition with its open steps and nearest
 * due date or its result, and the way to the next and previous pages. Links are relative, so they
 * hold under any context path.
 */
record PetitionListPage(
    List<PetitionStatus.View> petitions,
    PetitionFilter filter,
    List<Regions.Region> regionChoices,
    List<PetitionOutcomes.Outcome> outcomes,
    int thisYear,
    Date now) {

  /** The years offered as filters: this one and the two before it. */
  static final int YEARS_OFFERED = 3;

  String render(String contextPath) {
    StringBuilder page = page("건의 현황");
    page.append("<p>열람할 수 있는 지역 건의를 최근 접수한 순서로 보여 줍니다. <a href=\"")
        .append(e(PetitionSummaryPage.href(filter.year())))
        .append("\">건의 통계</a>: 지역별·분야별, 처리 결과별 건수.</p>\n<nav>");
    filters(page);
    page.append("<p><a href=\"")
        .append(e(href(filter.from(0)).replaceFirst("^petitions", "petitions/export")))
        .append("\">이 조건의 건의를 CSV 파일로 내려받기</a> (엑셀에서 열림, 최대 ")
        .append(String.format("%,d", PetitionPages.MOST_EXPORTED))
        .append("건)</p>\n</nav>\n");
    if (petitions.isEmpty()) {
      page.append("<p>조건에 맞는 건의가 없습니다.</p>\n");
    } else {
      page.append(
          "<table><tr><th>건의 번호</th><th>지역</th><th>제목</th><th>분야</th><th>접수일</th>"
              + "<th>진행 단계 또는 결과</th><th>기한 또는 결정일</th></tr>\n");
      petitions.forEach(p -> row(page, p));
      page.append("</table>\n");
    }
    paging(page);
    return page.append(end(contextPath)).toString();
  }

  /** The address of the list with this filter. */
  static String href(PetitionFilter filter) {
    StringBuilder query = new StringBuilder();
    filter
        .linkParameters()
        .forEach(
            (name, value) ->
                query
                    .append('&')
                    .append(name)
                    .append('=')
                    .append(UriUtils.encodeQueryParam(value, "UTF-8")));
    return query.isEmpty() ? "petitions" : "petitions?" + query.substring(1);
  }

  private void filters(StringBuilder page) {
    search(page);
    Map<String, String> states = new LinkedHashMap<>(Map.of("", "전체"));
    for (PetitionFilter.State state : PetitionFilter.State.values()) {
      states.put(state.code(), state.label());
    }
    choices(
        page,
        "상태",
        states,
        filter.state() == null ? null : filter.state().code(),
        v -> filter.withState(PetitionFilter.State.named(v).orElse(null)));
    Map<String, String> years = new LinkedHashMap<>(Map.of("", "전체"));
    for (int y = thisYear; y > thisYear - YEARS_OFFERED; y--) {
      years.put(String.valueOf(y), y + "년");
    }
    choices(
        page,
        "연도",
        years,
        filter.year() == null ? null : filter.year().toString(),
        v -> filter.withYear(v.isEmpty() ? null : Integer.valueOf(v)));
    Map<String, String> results = new LinkedHashMap<>(Map.of("", "전체"));
    outcomes.forEach(o -> results.put(o.code(), o.label()));
    choices(
        page, "처리 결과", results, filter.outcome(), v -> filter.withOutcome(v.isEmpty() ? null : v));
    Map<String, String> categories = new LinkedHashMap<>(Map.of("", "전체"));
    for (Category category : Category.values()) {
      categories.put(category.code(), category.subject());
    }
    choices(
        page,
        "분야",
        categories,
        filter.category(),
        v -> filter.withCategory(v.isEmpty() ? null : v));
    if (!regionChoices.isEmpty()) {
      Map<String, String> names = new LinkedHashMap<>(Map.of("", "전체"));
      regionChoices.forEach(r -> names.put(r.code(), r.name()));
      choices(page, "지역", names, filter.region(), v -> filter.withRegion(v.isEmpty() ? null : v));
    }
  }

  /**
   * The search: a form that keeps the other filters (hidden fields, the same as the links carry)
   * and starts from the first page; works without scripts.
   */
  private void search(StringBuilder page) {
    page.append("<form method=\"get\" action=\"petitions\"><p><label>검색: <input type=\"search\"")
        .append(" name=\"q\" maxlength=\"")
        .append(PetitionFilter.MAX_SEARCH)
        .append("\" size=\"30\" placeholder=\"제목의 낱말 또는 건의 번호\" value=\"")
        .append(e(filter.search() == null ? "" : filter.search()))
        .append("\"></label>");
    filter
        .withSearch(null)
        .linkParameters()
        .forEach(
            (name, value) ->
                page.append("<input type=\"hidden\" name=\"")
                    .append(name)
                    .append("\" value=\"")
                    .append(e(value))
                    .append("\">"));
    page.append(" <button type=\"submit\">찾기</button>");
    if (filter.search() != null) {
      page.append(" <a href=\"").append(e(href(filter.withSearch(null)))).append("\">검색 지우기</a>");
    }
    page.append("</p></form>\n");
  }

  private static void choices(
      StringBuilder page,
      String label,
      Map<String, String> values,
      String chosen,
      Function<String, PetitionFilter> choice) {
    page.append("<p>").append(e(label)).append(": ");
    values.forEach(
        (value, name) -> {
          if (value.equals(chosen == null ? "" : chosen)) {
            page.append("<strong>").append(e(name)).append("</strong>");
          } else {
            page.append("<a href=\"")
                .append(e(href(choice.apply(value))))
                .append("\">")
                .append(e(name))
                .append("</a>");
          }
        });
    page.append("</p>\n");
  }

  private void row(StringBuilder page, PetitionStatus.View p) {
    page.append("<tr><td class=\"nowrap\"><a href=\"petitions/")
        .append(e(PetitionLinks.segment(p.number())))
        .append("\">")
        .append(e(p.number()))
        .append("</a></td><td>")
        .append(e(p.regionName()))
        .append("</td><td>")
        .append(e(p.title()))
        .append("</td><td>")
        .append(e(p.categoryLabel()))
        .append("</td><td class=\"nowrap\">")
        .append(day(p.submittedAt()))
        .append("</td><td>");
    if (p.open()) {
      page.append(e(p.stepsText()));
      if (p.outcomeLabel() != null) {
        page.append(" · 결과: ").append(e(p.outcomeLabel()));
      }
      page.append("</td><td>").append(due(p.nearestDue(), now));
    } else {
      page.append(e(p.outcomeLabel() == null ? "종료" : p.outcomeLabel()))
          .append("</td><td>")
          .append(day(p.decidedAt()));
    }
    page.append("</td></tr>\n");
  }

  private void paging(StringBuilder page) {
    page.append("<p>");
    if (filter.first() > 0) {
      page.append("<a href=\"")
          .append(e(href(filter.from(filter.first() - filter.max()))))
          .append("\">이전</a> ");
    }
    if (petitions.size() == filter.max()) {
      page.append("<a href=\"")
          .append(e(href(filter.from(filter.first() + filter.max()))))
          .append("\">다음</a>");
    }
    page.append("</p>\n");
  }
}
