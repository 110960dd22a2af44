package kr.go.molit.rbd.petition;

import java.util.Date;
import kr.go.molit.rbd.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer dates of {@code regional-petition}, in working days from configuration
 * ({@code rbd.petition.*}), so the model says {@code ${petitionDeadlines.supplementDue()}} instead
 * of a literal. A task falls due at the end (18:00) of its last working day in Korea.
 */
@Component("petitionDeadlines")
public class PetitionDeadlines {

  private final PetitionProperties properties;
  private final WorkingDays workingDays;

  PetitionDeadlines(PetitionProperties properties, WorkingDays workingDays) {
    this.properties = properties;
    this.workingDays = workingDays;
  }

  public Date supplementDue() {
    return workingDays.dueIn(properties.supplementWorkingDays());
  }

  public Date divisionReviewDue() {
    return workingDays.dueIn(properties.divisionReviewWorkingDays());
  }

  public Date adviceDue() {
    return workingDays.dueIn(properties.adviceWorkingDays());
  }

  /** The ministries' reply, and the escalation timer when it has not come. */
  public Date consultationDue() {
    return workingDays.dueIn(properties.consultationWorkingDays());
  }

  /** The reminder timer: the start (09:00) of a working day some working days before the reply. */
  public Date consultationReminderAt() {
    var dueDay = workingDays.after(workingDays.today(), properties.consultationWorkingDays());
    return workingDays.startOf(
        workingDays.before(dueDay, properties.consultationReminderWorkingDaysBefore()));
  }

  public Date acknowledgeDue() {
    return workingDays.dueIn(properties.acknowledgeWorkingDays());
  }
}
