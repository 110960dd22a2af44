package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.directory.Regions;
import kr.go.molit.rbd.petition.PetitionCounts.Count;
import kr.go.molit.rbd.petition.PetitionCounts.Counted;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
import kr.go.molit.rbd.petition.PetitionSummary.CategoryLine;
import kr.go.molit.rbd.petition.PetitionSummary.Line;
import kr.go.molit.rbd.petition.PetitionSummary.Summary;
import org.junit.jupiter.api.Test;

class PetitionSummaryTest {

  private static final List<Outcome> OUTCOMES =
      List.of(new Outcome("ACCEPTED", "수용"), new Outcome("NOT_ACCEPTED", "불수용"));
  private static final List<Regions.Region> REGIONS =
      List.of(
          new Regions.Region("gangwon", "강원특별자치도", "region-gangwon"),
          new Regions.Region("busan", "부산광역시", "region-busan"),
          new Regions.Region("jeju", "제주특별자치도", "region-jeju"));
  private static final List<Count> COUNTS =
      List.of(
          new Count("busan", "railway", true, null, 3),
          new Count("busan", "road", true, null, 1),
          new Count("busan", "railway", true, "ACCEPTED", 1),
          new Count("busan", "railway", false, "ACCEPTED", 2),
          new Count("busan", "road", false, "NOT_ACCEPTED", 1),
          new Count("jeju", "airport", false, null, 1),
          new Count("jeju", "old-category", false, "OLD_RESULT", 3),
          new Count("seoul", null, true, null, 2));

  @Test
  void openPetitionsCountAsOpenEvenWithAResultAndEndedOnesByTheirResult() {
    Summary summary =
        PetitionSummary.tabulate(
            2026,
            new Counted(false, COUNTS, List.of(new Count("busan", "railway", true, null, 2))),
            OUTCOMES,
            REGIONS);

    assertThat(summary.year()).isEqualTo(2026);
    assertThat(summary.outcomes())
        .as("a result only an earlier decision gave gets a column of its own, under its code")
        .containsExactly(
            new Outcome("ACCEPTED", "수용"),
            new Outcome("NOT_ACCEPTED", "불수용"),
            new Outcome("OLD_RESULT", "OLD_RESULT"));
    assertThat(summary.regions())
        .as("in the directory's order, only regions with petitions, then unknown codes")
        .containsExactly(
            new Line("busan", "부산광역시", 8, 5, 2, closed(2, 1, 0), 0),
            new Line("jeju", "제주특별자치도", 4, 0, 0, closed(0, 0, 3), 1),
            new Line("seoul", "seoul", 2, 2, 0, closed(0, 0, 0), 0));
    assertThat(summary.categories())
        .as("in the categories' order, only those with petitions, then unknown codes and none")
        .containsExactly(
            new CategoryLine("railway", "지역 교통망 - 철도", 6, 4, 2, closed(2, 0, 0), 0),
            new CategoryLine("road", "지역 교통망 - 도로", 2, 1, 0, closed(0, 1, 0), 0),
            new CategoryLine("airport", "지역 교통망 - 지역 신공항", 1, 0, 0, closed(0, 0, 0), 1),
            new CategoryLine("old-category", "old-category", 3, 0, 0, closed(0, 0, 3), 0),
            new CategoryLine("", "분야 미상", 2, 2, 0, closed(0, 0, 0), 0));
    assertThat(summary.total()).isEqualTo(new Line(null, "합계", 14, 7, 2, closed(2, 1, 3), 1));
  }

  @Test
  void whoSeesEveryPetitionGetsEveryRegionAndCategoryEvenWithoutPetitions() {
    Summary summary =
        PetitionSummary.tabulate(
            null,
            new Counted(true, List.of(new Count("jeju", "road", true, null, 1)), List.of()),
            OUTCOMES,
            REGIONS);

    assertThat(summary.regions())
        .extracting(Line::regionCode, Line::total)
        .containsExactly(tuple("gangwon", 0), tuple("busan", 0), tuple("jeju", 1));
    assertThat(summary.regions().get(0).closed()).containsOnlyKeys("ACCEPTED", "NOT_ACCEPTED");
    assertThat(summary.categories())
        .extracting(CategoryLine::category)
        .containsExactlyElementsOf(Category.codes());
    assertThat(summary.categories())
        .filteredOn(line -> line.total() > 0)
        .extracting(CategoryLine::category)
        .containsExactly("road");
  }

  private static Map<String, Integer> closed(int accepted, int notAccepted, int old) {
    Map<String, Integer> closed = new LinkedHashMap<>();
    closed.put("ACCEPTED", accepted);
    closed.put("NOT_ACCEPTED", notAccepted);
    if (old >= 0) {
      closed.put("OLD_RESULT", old);
    }
    return closed;
  }
}
