package kr.go.molit.rbd.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.Date;
import org.junit.jupiter.api.Test;

class ForumDeadlinesTest {

  private final ForumDeadlines deadlines =
      new ForumDeadlines(
          new ForumProperties(
              "/engine-rest/history/process-instance/",
              Period.ofDays(7),
              Period.ofDays(2),
              Period.ofDays(7)));

  @Test
  void theAgendaFallsDueAWeekBeforeTheMeetingAtSixInTheEveningInKorea() {
    assertThat(deadlines.agendaDue("2026-12-18"))
        .isEqualTo(Date.from(Instant.parse("2026-12-11T09:00:00Z")));
  }

  @Test
  void theApprovalFallsDueTwoDaysBeforeAMeetingGivenAsADateOnTheKoreanDay() {
    // 2026-12-17T15:30Z is already 18 December in Korea
    assertThat(deadlines.approvalDue(Date.from(Instant.parse("2026-12-17T15:30:00Z"))))
        .isEqualTo(Date.from(Instant.parse("2026-12-16T09:00:00Z")));
  }

  @Test
  void theRecordsFallDueAWeekAfterTheMeeting() {
    assertThat(deadlines.recordDue("2026-12-18"))
        .isEqualTo(Date.from(Instant.parse("2026-12-25T09:00:00Z")));
  }

  @Test
  void aSessionDateThatNamesNoDayGivesNoDueDate() {
    assertThat(deadlines.agendaDue("12월 셋째 주")).isNull();
    assertThat(deadlines.recordDue(null)).isNull();
  }
}
