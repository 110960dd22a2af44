package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import kr.go.molit.rbd.calendar.CalendarProperties;
import kr.go.molit.rbd.calendar.WorkingDays;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

class PetitionDeadlinesTest {

  private final PetitionDeadlines deadlines =
      new PetitionDeadlines(
          new PetitionProperties("RP", 7, 10, 10, 10, 3, 5, DataSize.ofMegabytes(10)),
          new WorkingDays(new CalendarProperties(new ClassPathResource("calendar/holidays.yaml"))));

  @BeforeEach
  void thursdayAfternoonInKorea() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T05:00:00Z")));
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void tasksFallDueAt18OnTheirLastWorkingDay() {
    assertThat(deadlines.supplementDue())
        .isEqualTo(Date.from(Instant.parse("2026-12-14T09:00:00Z")));
    assertThat(deadlines.divisionReviewDue())
        .isEqualTo(Date.from(Instant.parse("2026-12-17T09:00:00Z")));
    // 4 and 7-10 December: five working days span a weekend
    assertThat(deadlines.acknowledgeDue())
        .isEqualTo(Date.from(Instant.parse("2026-12-10T09:00:00Z")));
  }

  @Test
  void theReminderComesAt9ThreeWorkingDaysBeforeTheReplyIsDue() {
    assertThat(deadlines.consultationDue())
        .isEqualTo(Date.from(Instant.parse("2026-12-17T09:00:00Z")));
    assertThat(deadlines.consultationReminderAt())
        .isEqualTo(Date.from(Instant.parse("2026-12-14T00:00:00Z")));
  }

  @Test
  void aReminderThatWouldNotComeBeforeTheReplyIsDueIsRefused() {
    assertThatThrownBy(
            () -> new PetitionProperties("RP", 7, 10, 10, 3, 3, 5, DataSize.ofMegabytes(10)))
        .hasMessageContaining("consultation-reminder-working-days-before");
  }
}
