package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PetitionFilterTest {

  private static final PetitionFilter.Choices CHOICES =
      new PetitionFilter.Choices(
          List.of("busan", "jeju"),
          List.of(
              new PetitionOutcomes.Outcome("ACCEPTED", "수용"),
              new PetitionOutcomes.Outcome("WITHDRAWN", "철회")));

  @Test
  void blankParametersSelectEverythingFromTheFirstPage() {
    assertThat(
            PetitionFilter.parse(
                Map.of("year", " ", "state", "", "outcome", " ", "category", "", "q", "  "),
                CHOICES))
        .isEqualTo(
            new PetitionFilter(null, null, null, null, null, null, 0, PetitionFilter.DEFAULT_MAX));
  }

  @Test
  void eachParameterIsRead() {
    assertThat(
            PetitionFilter.parse(
                Map.of(
                    "region", "jeju", "year", "2026", "state", "open", "first", "50", "max", "100"),
                CHOICES))
        .isEqualTo(
            new PetitionFilter("jeju", 2026, PetitionFilter.State.OPEN, null, null, null, 50, 100));
    assertThat(
            PetitionFilter.parse(
                Map.of(
                    "region", " busan ",
                    "state", "closed",
                    "outcome", " ACCEPTED ",
                    "category", " railway ",
                    "q", "  도심  철도\t지하화 ",
                    "first", "0",
                    "max", "1"),
                CHOICES))
        .as("a search's spaces are trimmed and runs of them made one")
        .isEqualTo(
            new PetitionFilter(
                "busan",
                null,
                PetitionFilter.State.CLOSED,
                "ACCEPTED",
                "railway",
                "도심 철도 지하화",
                0,
                1));
    assertThat(PetitionFilter.parse(Map.of("state", "overdue"), CHOICES).state())
        .isEqualTo(PetitionFilter.State.OVERDUE);
    assertThat(PetitionFilter.parse(Map.of("q", "가".repeat(100)), CHOICES).search()).hasSize(100);
  }

  @Test
  void onlyTheNamedParametersAreKept() {
    assertThat(
            PetitionFilter.only(
                Map.of("year", "2026", "max", "1", "q", "철도"), PetitionFilter.SELECTING))
        .isEqualTo(Map.of("year", "2026", "q", "철도"));
  }

  @Test
  void aWrongValueIsRefusedNamingItsParameter() {
    refused("region", "seoul", "알 수 없는 지역");
    refused("region", "Busan", "알 수 없는 지역");
    refused("year", "26", "네 자리");
    refused("year", "2026-01", "네 자리");
    refused("state", "done", "open(진행 중), overdue(기한 경과), closed(종결)");
    refused("outcome", "accepted", "ACCEPTED(수용), WITHDRAWN(철회) 중 하나");
    refused("outcome", "REJECTED", "ACCEPTED(수용), WITHDRAWN(철회) 중 하나");
    refused("category", "rail", "railway(철도), road(도로)");
    refused("category", "Railway", "other(기타) 중 하나");
    refused("q", "가".repeat(101), "100자까지");
    refused("first", "-1", "0 이상");
    refused("first", "1e3", "0 이상");
    refused("first", "9999999999", "0 이상");
    refused("max", "0", "1부터 100까지");
    refused("max", "101", "1부터 100까지");
    refused("max", "ten", "1부터 100까지");
  }

  private static void refused(String field, String value, String message) {
    assertThatThrownBy(() -> PetitionFilter.parse(Map.of(field, value), CHOICES))
        .isInstanceOfSatisfying(
            PetitionFilter.Invalid.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageStartingWith(field + ": ")
        .hasMessageContaining(message);
  }
}
