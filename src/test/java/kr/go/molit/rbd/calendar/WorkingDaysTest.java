package kr.go.molit.rbd.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class WorkingDaysTest {

  private final WorkingDays days =
      new WorkingDays(new CalendarProperties(new ClassPathResource("calendar/holidays.yaml")));

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void weekendsAndHolidaysAreNoWorkingDays() {
    assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 4))).as("a Friday").isTrue();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 5))).as("a Saturday").isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 6))).as("a Sunday").isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 25))).as("기독탄신일").isFalse();
    assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 5))).as("대체공휴일").isFalse();
  }

  @Test
  void countingSkipsTheChuseokHolidaysAndTheWeekend() {
    // Wednesday 23 September 2026: 24-26 are 추석, 27 a Sunday
    assertThat(days.after(LocalDate.of(2026, 9, 23), 1)).isEqualTo(LocalDate.of(2026, 9, 28));
    assertThat(days.before(LocalDate.of(2026, 9, 28), 1)).isEqualTo(LocalDate.of(2026, 9, 23));
    assertThat(days.after(LocalDate.of(2026, 9, 23), 0)).isEqualTo(LocalDate.of(2026, 9, 23));
    // README's example: ten working days, past 추석, 개천절's substitute (5 October) and 한글날
    assertThat(days.after(LocalDate.of(2026, 9, 23), 10)).isEqualTo(LocalDate.of(2026, 10, 13));
  }

  @Test
  void aDeadlineSetNowEndsAt18OnItsLastWorkingDayInKorea() {
    // Thursday 3 December 2026, 14:00 in Korea: seven working days are 4, 7-11 and 14 December
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T05:00:00Z")));
    assertThat(days.dueIn(7)).isEqualTo(Date.from(Instant.parse("2026-12-14T09:00:00Z")));
    // 00:30 on Friday 4 December in Korea: counting starts after that day
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T15:30:00Z")));
    assertThat(days.today()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(days.dueIn(1)).isEqualTo(Date.from(Instant.parse("2026-12-07T09:00:00Z")));
  }

  @Test
  void aYearTheListDoesNotCoverCountsWeekendsOnly() throws IOException {
    assertThat(HolidaysTest.shipped().lists(2030)).isFalse();
    // Tuesday 1 January 2030 would be a holiday; unlisted, it counts
    assertThat(days.after(LocalDate.of(2029, 12, 31), 1)).isEqualTo(LocalDate.of(2030, 1, 1));
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> days.after(LocalDate.of(2026, 12, 3), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void labelsReadAsOfficialsWriteThem() {
    assertThat(WorkingDays.label(LocalDate.of(2026, 12, 17))).isEqualTo("2026년 12월 17일 (목)");
    assertThat(WorkingDays.label(Date.from(Instant.parse("2026-12-17T09:00:00Z"))))
        .isEqualTo("2026년 12월 17일 (목) 18:00");
  }
}
