package kr.go.molit.rbd.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class HolidaysTest {

  @Test
  void theShippedListHasEveryFixedHolidayOfEachYearItCovers() throws IOException {
    Holidays shipped = shipped();
    List<MonthDay> fixed =
        List.of(
            MonthDay.of(1, 1),
            MonthDay.of(3, 1),
            MonthDay.of(5, 5),
            MonthDay.of(6, 6),
            MonthDay.of(8, 15),
            MonthDay.of(10, 3),
            MonthDay.of(10, 9),
            MonthDay.of(12, 25));
    for (int year = 2025; year <= 2027; year++) {
      assertThat(shipped.lists(year)).as("holidays of %d listed", year).isTrue();
      for (MonthDay day : fixed) {
        assertThat(shipped.contains(day.atYear(year))).as(day.atYear(year) + " listed").isTrue();
      }
    }
    // 제헌절 is a day off again from 2026 (공휴일에 관한 법률, amended in February 2026)
    assertThat(shipped.contains(LocalDate.of(2025, 7, 17))).isFalse();
    assertThat(shipped.contains(LocalDate.of(2026, 7, 17))).isTrue();
    // the lunar holidays and substitutes of 2026: 설날, 부처님오신날 on a Sunday, 추석
    assertThat(shipped.contains(LocalDate.of(2026, 2, 17))).isTrue();
    assertThat(shipped.contains(LocalDate.of(2026, 5, 25))).isTrue();
    assertThat(shipped.contains(LocalDate.of(2026, 9, 25))).isTrue();
    assertThat(shipped.lists(2028)).isFalse();
  }

  @Test
  void anEmptyFileListsNoDay() {
    Holidays none = Holidays.read("empty.yaml", new StringReader("# nothing yet\n"));
    assertThat(none.lists(2026)).isFalse();
  }

  @Test
  void aDayThatIsNoDateIsRefusedNamingItsLine() {
    assertThatThrownBy(
            () ->
                Holidays.read(
                    "holidays.yaml", new StringReader("2026-01-01: 1월 1일\n2026-02-30: 설날\n")))
        .hasMessage("holidays.yaml, line 2: '2026-02-30' is not a date of the form YYYY-MM-DD");
  }

  @Test
  void aDayListedTwiceOrWithoutANameIsRefusedNamingItsLine() {
    assertThatThrownBy(
            () ->
                Holidays.read(
                    "holidays.yaml", new StringReader("2026-01-01: 1월 1일\n2026-01-01: 신정\n")))
        .hasMessage("holidays.yaml, line 2: 2026-01-01 is listed twice");
    assertThatThrownBy(() -> Holidays.read("holidays.yaml", new StringReader("2026-01-01:\n")))
        .hasMessage("holidays.yaml, line 1: the holiday 2026-01-01 has no name");
  }

  @Test
  void aListInsteadOfDatesAndNamesIsRefused() {
    assertThatThrownBy(() -> Holidays.read("holidays.yaml", new StringReader("- 2026-01-01\n")))
        .hasMessage("holidays.yaml, line 1: expected lines of the form 'YYYY-MM-DD: name'");
  }

  static Holidays shipped() throws IOException {
    try (var reader =
        new InputStreamReader(
            new ClassPathResource("calendar/holidays.yaml").getInputStream(),
            StandardCharsets.UTF_8)) {
      return Holidays.read("calendar/holidays.yaml", reader);
    }
  }
}
