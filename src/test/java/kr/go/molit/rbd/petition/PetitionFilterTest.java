package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
    assertThat(PetitionFilter.parse(null, " ", "", " ", "", null, null, CHOICES))
        .isEqualTo(new PetitionFilter(null, null, null, null, null, 0, PetitionFilter.DEFAULT_MAX));
  }

  @Test
  void eachParameterIsRead() {
    assertThat(PetitionFilter.parse("jeju", "2026", "open", null, null, "50", "100", CHOICES))
        .isEqualTo(
            new PetitionFilter("jeju", 2026, PetitionFilter.State.OPEN, null, null, 50, 100));
    assertThat(
            PetitionFilter.parse(
                " busan ", null, "closed", " ACCEPTED ", " railway ", "0", "1", CHOICES))
        .isEqualTo(
            new PetitionFilter(
                "busan", null, PetitionFilter.State.CLOSED, "ACCEPTED", "railway", 0, 1));
    assertThat(PetitionFilter.parse(null, null, "overdue", null, null, null, null, CHOICES).state())
        .isEqualTo(PetitionFilter.State.OVERDUE);
  }

  @Test
  void aWrongValueIsRefusedNamingItsParameter() {
    refused("seoul", null, null, null, null, null, null, "region", "알 수 없는 지역");
    refused("Busan", null, null, null, null, null, null, "region", "알 수 없는 지역");
    refused(null, "26", null, null, null, null, null, "year", "네 자리");
    refused(null, "2026-01", null, null, null, null, null, "year", "네 자리");
    refused(
        null,
        null,
        "done",
        null,
        null,
        null,
        null,
        "state",
        "open(진행 중), overdue(기한 경과), closed(종결)");
    refused(
        null,
        null,
        null,
        "accepted",
        null,
        null,
        null,
        "outcome",
        "ACCEPTED(수용), WITHDRAWN(철회) 중 하나");
    refused(
        null,
        null,
        null,
        "REJECTED",
        null,
        null,
        null,
        "outcome",
        "ACCEPTED(수용), WITHDRAWN(철회) 중 하나");
    refused(null, null, null, null, "rail", null, null, "category", "railway(철도), road(도로)");
    refused(null, null, null, null, "Railway", null, null, "category", "other(기타) 중 하나");
    refused(null, null, null, null, null, "-1", null, "first", "0 이상");
    refused(null, null, null, null, null, "1e3", null, "first", "0 이상");
    refused(null, null, null, null, null, "9999999999", null, "first", "0 이상");
    refused(null, null, null, null, null, null, "0", "max", "1부터 100까지");
    refused(null, null, null, null, null, null, "101", "max", "1부터 100까지");
    refused(null, null, null, null, null, null, "ten", "max", "1부터 100까지");
  }

  private static void refused(
      String region,
      String year,
      String state,
      String outcome,
      String category,
      String first,
      String max,
      String field,
      String message) {
    assertThatThrownBy(
            () -> PetitionFilter.parse(region, year, state, outcome, category, first, max, CHOICES))
        .isInstanceOfSatisfying(
            PetitionFilter.Invalid.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageStartingWith(field + ": ")
        .hasMessageContaining(message);
  }
}
