package kr.go.molit.rbd.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import kr.go.molit.rbd.calendar.CalendarProperties;
import kr.go.molit.rbd.calendar.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ForumDeadlinesTest {

  private final ForumDeadlines deadlines =
      new ForumDeadlines(
          new ForumProperties("/engine-rest/history/process-instance/", 5, 2, 5),
          new WorkingDays(new CalendarProperties(new ClassPathResource("calendar/holidays.yaml"))));

  @Test
  void theAgendaFallsDueFiveWorkingDaysBeforeTheMeetingAtSixInTheEveningInKorea() {
    // a meeting on Friday 18 December 2026: 17, 16, 15, 14 and Friday 11 December
    assertThat(deadlines.agendaDue("2026-12-18"))
        .isEqualTo(Date.from(Instant.parse("2026-12-11T09:00:00Z")));
  }

  @Test
  void theApprovalFallsDueTwoWorkingDaysBeforeAMeetingGivenAsADateOnTheKoreanDay() {
    // 2026-12-17T15:30Z is already 18 December in Korea
    assertThat(deadlines.approvalDue(Date.from(Instant.parse("2026-12-17T15:30:00Z"))))
        .isEqualTo(Date.from(Instant.parse("2026-12-16T09:00:00Z")));
  }

  @Test
  void theApprovalSkipsAWeekendAndASubstituteHoliday() {
    // a meeting on Tuesday 6 October 2026: Monday 5 October is 대체공휴일 (개천절)
    assertThat(deadlines.approvalDue("2026-10-06"))
        .isEqualTo(Date.from(Instant.parse("2026-10-01T09:00:00Z")));
  }

  @Test
  void theRecordsFallDueFiveWorkingDaysAfterTheMeetingNotOnChristmas() {
    // 21-24 December, then Monday 28 December: 25 December is a holiday
    assertThat(deadlines.recordDue("2026-12-18"))
        .isEqualTo(Date.from(Instant.parse("2026-12-28T09:00:00Z")));
  }

  @Test
  void aSessionDateThatNamesNoDayGivesNoDueDate() {
    assertThat(deadlines.agendaDue("12월 셋째 주")).isNull();
    assertThat(deadlines.recordDue(null)).isNull();
  }
}
