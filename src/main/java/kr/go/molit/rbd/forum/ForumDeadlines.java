package kr.go.molit.rbd.forum;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of forum-session's tasks, counted from the session's date with the lead and follow-up
 * times of configuration ({@code rbd.forum.*}), so the model says {@code
 * ${forumDeadlines.agendaDue(sessionDate)}} instead of a literal: the agenda is chosen and approved
 * before the meeting, the meeting and its decisions recorded after it. A task falls due at the end
 * of that working day in Korea (18:00). A session date that names no day gives no due date; the
 * task is still created.
 */
@Component("forumDeadlines")
public class ForumDeadlines {

  static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);

  private final ForumProperties properties;

  ForumDeadlines(ForumProperties properties) {
    this.properties = properties;
  }

  /** 안건 선정·순서 정리: the agenda, some days before the meeting. */
  public Date agendaDue(Object sessionDate) {
    return due(sessionDate, properties.agendaDueBefore().negated());
  }

  /** 안건 승인: the minister's office, closer to the meeting. */
  public Date approvalDue(Object sessionDate) {
    return due(sessionDate, properties.approvalDueBefore().negated());
  }

  /** 회의 개최 결과 기록 and 안건별 포럼 결정 기록: some days after the meeting. */
  public Date recordDue(Object sessionDate) {
    return due(sessionDate, properties.recordDueAfter());
  }

  private static Date due(Object sessionDate, Period shift) {
    LocalDate day = ForumLabels.day(sessionDate);
    if (day == null) {
      return null;
    }
    return Date.from(
        day.plus(shift).atTime(END_OF_WORKING_DAY).atZone(ForumLabels.KOREA).toInstant());
  }
}
