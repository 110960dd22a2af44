package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
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
            new Line(null, "합계", 1236, 1001, 3, closed(234, 0), 1));

    String page = new PetitionSummaryPage(summary, Set.of("busan"), 2026).render("");

    assertThat(page)
        .contains("<caption>2026년 건의 건수</caption>")
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
        new PetitionSummaryPage(new Summary(null, OUTCOMES, List.of(), none), Set.of(), 2026)
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
