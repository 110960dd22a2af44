package kr.go.molit.rbd.forum;

import java.time.LocalDate;
import java.util.Date;
import kr.go.molit.rbd.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Due dates of forum-session's tasks, counted in working days from the session's date with the lead
 * and follow-up times of configuration ({@code rbd.forum.*}), so the model says {@code
 * ${forumDeadlines.agendaDue(sessionDate)}} instead of a literal: the agenda is chosen and approved
 * before the meeting, the meeting and its decisions recorded after it. A task falls due at the end
 * of that working day in Korea (18:00). A session date that names no day gives no due date; the
 * task is still created.
 */
@Component("forumDeadlines")
public class ForumDeadlines {

  private final ForumProperties properties;
  private final WorkingDays workingDays;

  ForumDeadlines(ForumProperties properties, WorkingDays workingDays) {
    this.properties = properties;
    this.workingDays = workingDays;
  }

  /** 안건 선정·순서 정리: the agenda, some working days before the meeting. */
  public Date agendaDue(Object sessionDate) {
    LocalDate day = ForumLabels.day(sessionDate);
    return day == null
        ? null
        : workingDays.endOf(workingDays.before(day, properties.agendaWorkingDaysBefore()));
  }

  /** 안건 승인: the minister's office, closer to the meeting. */
  public Date approvalDue(Object sessionDate) {
    LocalDate day = ForumLabels.day(sessionDate);
    return day == null
        ? null
        : workingDays.endOf(workingDays.before(day, properties.approvalWorkingDaysBefore()));
  }

  /** 회의 개최 결과 기록 and 안건별 포럼 결정 기록: some working days after the meeting. */
  public Date recordDue(Object sessionDate) {
    LocalDate day = ForumLabels.day(sessionDate);
    return day == null
        ? null
        : workingDays.endOf(workingDays.after(day, properties.recordWorkingDaysAfter()));
  }
}
