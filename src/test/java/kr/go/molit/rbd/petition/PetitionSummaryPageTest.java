package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
import kr.go.molit.rbd.petition.PetitionSummary.CategoryLine;
import kr.go.molit.rbd.petition.PetitionSummary.Line;
import kr.go.molit.rbd.petition.PetitionSummary.Summary;
import org.junit.jupiter.api.Test;

class PetitionSummaryPageTest {

  private static final List<Outcome> OUTCOMES =
      List.of(new Outcome("ACCEPTED", "수용"), new Outcome("NOT_ACCEPTED", "불<수용>"));

  @Test
  void everyNumberButZeroLinksToTheListOfThosePetitions() {
    Summary summary =
        new Summary(
            2026,
            OUTCOMES,
            List.of(
                new Line("busan", "부산광역시", 1234, 1000, 3, closed(234, 0), 0),
                new Line("gone", "gone", 2, 1, 0, closed(0, 0), 1)),
            List.of(
                new CategoryLine("railway", "지역 교통망 - 철도", 1200, 1000, 3, closed(200, 0), 0),
                new CategoryLine("road", "지역 교통망 - 도로", 0, 0, 0, closed(0, 0), 0),
                new CategoryLine("", "분야 미상", 36, 1, 0, closed(34, 0), 1)),
            new Line(null, "합계", 1236, 1001, 3, closed(234, 0), 1));

    String page = new PetitionSummaryPage(summary, Set.of("busan"), 2026).render("");

    assertThat(page)
        .contains("<h2>지역별</h2>\n<table><caption>2026년 지역별 건의 건수</caption>")
        .contains("<tr><th>지역</th><th>전체</th>")
        .contains("<th>불&lt;수용&gt;</th>")
        .contains(
            "<td>부산광역시</td><td class=\"number\"><a href=\"../petitions?region=busan&amp;year=2026\">1,234</a></td>")
        .contains("<a href=\"../petitions?region=busan&amp;year=2026&amp;state=open\">1,000</a>")
        .contains("<a href=\"../petitions?region=busan&amp;year=2026&amp;state=overdue\">3</a>")
        .contains(
            "<a href=\"../petitions?region=busan&amp;year=2026&amp;state=closed&amp;outcome=ACCEPTED\">234</a>")
        .as("a region the directory no longer lists cannot be listed by region")
        .contains("<td>gone</td><td class=\"number\">2</td>")
        .contains(
            "<th>합계</th><td class=\"number\"><a href=\"../petitions?year=2026\">1,236</a></td>")
        .as("each table ends with the totals")
        .containsPattern("(?s)<th>합계</th>.*<h2>분야별</h2>.*<th>합계</th>")
        .as("the table by category: its lines link by category")
        .contains("<h2>분야별</h2>\n<table><caption>2026년 분야별 건의 건수</caption>")
        .contains("<tr><th>분야</th><th>전체</th>")
        .contains(
            "<td>지역 교통망 - 철도</td><td class=\"number\"><a href=\"../petitions?year=2026&amp;category=railway\">1,200</a></td>")
        .contains(
            "<a href=\"../petitions?year=2026&amp;state=closed&amp;outcome=ACCEPTED&amp;category=railway\">200</a>")
        .contains("<td>지역 교통망 - 도로</td><td class=\"number\">0</td>")
        .as("petitions without a known category cannot be listed by it")
        .contains("<td>분야 미상</td><td class=\"number\">36</td>")
        .as("each table downloads as a CSV file")
        .contains("<a href=\"summary/export?year=2026&amp;by=region\">지역별 표를 CSV 파일로 내려받기</a>")
        .contains("<a href=\"summary/export?year=2026&amp;by=category\">분야별 표를 CSV 파일로 내려받기</a>")
        .doesNotContain("outcome=NOT_ACCEPTED")
        .contains(
            "<strong>2026년</strong>",
            "<a href=\"summary\">전체</a>",
            "<a href=\"summary?year=2025\">2025년</a>");
  }

  @Test
  void noPetitionsSaysSo() {
    Line none = new Line(null, "합계", 0, 0, 0, closed(0, 0), 0);
    String page =
        new PetitionSummaryPage(
                new Summary(null, OUTCOMES, List.of(), List.of(), none), Set.of(), 2026)
            .render("");
    assertThat(page).contains("<p>전체 연도에 열람할 수 있는 건의가 없습니다.</p>").doesNotContain("<table");
  }

  private static Map<String, Integer> closed(int accepted, int notAccepted) {
    Map<String, Integer> closed = new LinkedHashMap<>();
    closed.put("ACCEPTED", accepted);
    closed.put("NOT_ACCEPTED", notAccepted);
    return closed;
  }
}
