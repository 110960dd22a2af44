package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
import kr.go.molit.rbd.petition.PetitionSummary.CategoryLine;
import kr.go.molit.rbd.petition.PetitionSummary.Line;
import kr.go.molit.rbd.petition.PetitionSummary.Summary;
import kr.go.molit.rbd.petition.PetitionSummaryCsv.Table;
import org.junit.jupiter.api.Test;

class PetitionSummaryCsvTest {

  private static final Summary SUMMARY =
      new Summary(
          2026,
          List.of(new Outcome("ACCEPTED", "수용"), new Outcome("NOT_ACCEPTED", "불수용")),
          List.of(
              new Line("busan", "부산광역시", 1234, 1000, 3, closed(230, 4), 0),
              new Line("=gone", "=gone", 2, 1, 0, closed(0, 0), 1)),
          List.of(new CategoryLine("railway", "지역 교통망 - 철도", 1236, 1001, 3, closed(230, 4), 1)),
          new Line(null, "합계", 1236, 1001, 3, closed(230, 4), 1));

  @Test
  void theTableByRegionWithItsTotals() {
    assertThat(PetitionSummaryCsv.write(SUMMARY, Table.REGION))
        .isEqualTo(
            PetitionCsv.BOM
                + "지역,전체,진행 중,기한 경과,수용,불수용,결과 없이 종결\r\n"
                + "부산광역시,1234,1000,3,230,4,0\r\n"
                + "'=gone,2,1,0,0,0,1\r\n"
                + "합계,1236,1001,3,230,4,1\r\n");
  }

  @Test
  void theTableByCategoryWithItsTotals() {
    assertThat(PetitionSummaryCsv.write(SUMMARY, Table.CATEGORY))
        .isEqualTo(
            PetitionCsv.BOM
                + "분야,전체,진행 중,기한 경과,수용,불수용,결과 없이 종결\r\n"
                + "지역 교통망 - 철도,1236,1001,3,230,4,1\r\n"
                + "합계,1236,1001,3,230,4,1\r\n");
  }

  @Test
  void theTableIsNamedByItsParameter() {
    assertThat(Table.named(null)).isEqualTo(Table.REGION);
    assertThat(Table.named(" ")).isEqualTo(Table.REGION);
    assertThat(Table.named(" category ")).isEqualTo(Table.CATEGORY);
    assertThatThrownBy(() -> Table.named("분야"))
        .isInstanceOfSatisfying(
            PetitionFilter.Invalid.class, e -> assertThat(e.field()).isEqualTo("by"))
        .hasMessage("by: 표는 region(지역별) 또는 category(분야별)입니다.");
  }

  private static Map<String, Integer> closed(int accepted, int notAccepted) {
    Map<String, Integer> closed = new LinkedHashMap<>();
    closed.put("ACCEPTED", accepted);
    closed.put("NOT_ACCEPTED", notAccepted);
    return closed;
  }
}
