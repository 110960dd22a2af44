package kr.go.molit.rbd.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Government offices' working days in Korea: Monday to Friday, except the days off of {@link
 * Holidays}, from 09:00 to 18:00 (국가공무원 복무규정). Deadlines count working days from the day after the
 * one they start on, as 민원 처리기간 do, and fall due at the end of the last one. Uses the engine's
 * clock, so process tests can move it.
 */
@Component("workingDays")
public class WorkingDays {

  public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
  public static final LocalTime START = LocalTime.of(9, 0);
  public static final LocalTime END = LocalTime.of(18, 0);

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E)", Locale.KOREAN);
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E) HH:mm", Locale.KOREAN);

  private static final Logger LOG = LoggerFactory.getLogger(WorkingDays.class);

  private final Holidays holidays;
  private final String source;
  private final Set<Integer> unlistedYearsReported = ConcurrentHashMap.newKeySet();

  public WorkingDays(CalendarProperties properties) {
    this.holidays = read(properties);
    this.source = properties.holidays().getDescription();
    int year = today().getYear();
    reportIfUnlisted(year);
    reportIfUnlisted(year + 1);
  }

  public boolean isWorkingDay(LocalDate day) {
    reportIfUnlisted(day.getYear());
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
  }

  /** Today in Korea, by the engine's clock. */
  public LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(KOREA).toLocalDate();
  }

  /** The {@code count}-th working day after {@code day} ({@code day} itself not counted). */
  public LocalDate after(LocalDate day, int count) {
    return step(day, count, 1);
  }

  /** The {@code count}-th working day before {@code day}. */
  public LocalDate before(LocalDate day, int count) {
    return step(day, count, -1);
  }

  /** The end of the {@code count}-th working day after today: a deadline set now. */
  public Date dueIn(int count) {
    return endOf(after(today(), count));
  }

  /** 18:00 in Korea on that day. */
  public Date endOf(LocalDate day) {
    return at(day, END);
  }

  /** 09:00 in Korea on that day. */
  public Date startOf(LocalDate day) {
    return at(day, START);
  }

  /** A day as officials write it: 2026년 12월 17일 (목). */
  public static String label(LocalDate day) {
    return DAY.format(day);
  }

  /** A deadline as officials write it, in Korea: 2026년 12월 17일 (목) 18:00. */
  public static String label(Date deadline) {
    return DAY_AND_TIME.format(deadline.toInstant().atZone(KOREA));
  }

  private LocalDate step(LocalDate day, int count, int direction) {
    if (count < 0) {
      throw new IllegalArgumentException("a count of working days cannot be negative: " + count);
    }
    LocalDate current = day;
    for (int counted = 0; counted < count; ) {
      current = current.plusDays(direction);
      if (isWorkingDay(current)) {
        counted++;
      }
    }
    return current;
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(KOREA).toInstant());
  }

  private void reportIfUnlisted(int year) {
    if (!holidays.lists(year) && unlistedYearsReported.add(year)) {
      LOG.warn(
          "No holidays of {} are listed in {}: working days in {} are counted without them. Add"
              + " the year's holidays (rbd.calendar.holidays).",
          year,
          source,
          year);
    }
  }

  private static Holidays read(CalendarProperties properties) {
    try (Reader reader =
        new InputStreamReader(properties.holidays().getInputStream(), StandardCharsets.UTF_8)) {
      return Holidays.read(properties.holidays().getDescription(), reader);
    } catch (IOException e) {
      throw new HolidayListException(
          "Cannot read the list of days off from " + properties.holidays().getDescription(), e);
    }
  }
}
