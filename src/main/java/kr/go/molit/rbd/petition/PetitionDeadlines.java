package kr.go.molit.rbd.petition;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer durations for {@code regional-petition}, from configuration, so the model
 * says {@code ${petitionDeadlines.supplementDue()}} instead of a literal. Uses the engine's clock.
 */
@Component("petitionDeadlines")
public class PetitionDeadlines {

  private final PetitionProperties properties;

  PetitionDeadlines(PetitionProperties properties) {
    this.properties = properties;
  }

  public Date supplementDue() {
    return after(properties.supplementPeriod());
  }

  public Date divisionReviewDue() {
    return after(properties.divisionReviewPeriod());
  }

  public Date adviceDue() {
    return after(properties.advicePeriod());
  }

  public Date consultationDue() {
    return after(properties.consultationPeriod());
  }

  public Date acknowledgeDue() {
    return after(properties.acknowledgePeriod());
  }

  /** ISO-8601 duration after which the reminder timer fires. */
  public String consultationReminderAfter() {
    return properties
        .consultationPeriod()
        .minus(properties.consultationReminderBefore())
        .toString();
  }

  /** ISO-8601 duration after which the escalation timer fires: the consultation's due date. */
  public String consultationPeriod() {
    return properties.consultationPeriod().toString();
  }

  private static Date after(Duration period) {
    return new Date(ClockUtil.getCurrentTime().getTime() + period.toMillis());
  }
}
