package kr.go.molit.rbd.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

class HolidayListFailureAnalyzerTest {

  @Test
  void aWrongLineStopsTheStartNamingTheLineAndWhatToFix() {
    FailureAnalysis analysis =
        analysisOf(
            new ByteArrayResource(
                "2026-01-01: 1월 1일\n2026-13-01: 설날\n".getBytes(StandardCharsets.UTF_8),
                "holidays for the test"));
    assertThat(analysis.getDescription())
        .contains("line 2")
        .contains("'2026-13-01' is not a date of the form YYYY-MM-DD");
    assertThat(analysis.getAction()).contains("rbd.calendar.holidays");
  }

  @Test
  void aListThatIsNotYamlOrNotThereStopsTheStartNamingIt() {
    assertThat(
            analysisOf(
                    new ByteArrayResource(
                        "2026-01-01: [\n".getBytes(StandardCharsets.UTF_8), "broken holidays"))
                .getDescription())
        .contains("broken holidays")
        .contains("not a YAML list of days off");
    assertThat(analysisOf(new FileSystemResource("/nonexistent/holidays.yaml")).getDescription())
        .startsWith("Cannot read the list of days off from ")
        .contains("/nonexistent/holidays.yaml");
  }

  private static FailureAnalysis analysisOf(org.springframework.core.io.Resource holidays) {
    Throwable failure = catchThrowable(() -> new WorkingDays(new CalendarProperties(holidays)));
    assertThat(failure).isInstanceOf(HolidayListException.class);
    return new HolidayListFailureAnalyzer().analyze(failure);
  }
}
