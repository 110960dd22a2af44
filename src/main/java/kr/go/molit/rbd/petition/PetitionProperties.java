package kr.go.molit.rbd.petition;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Due dates, reminders and numbering of petitions ({@code rbd.petition.*}). */
@Validated
@ConfigurationProperties("rbd.petition")
public record PetitionProperties(
    @DefaultValue("RP") @NotBlank String numberPrefix,
    @DefaultValue("P10D") Duration supplementPeriod,
    @DefaultValue("P14D") Duration divisionReviewPeriod,
    @DefaultValue("P14D") Duration advicePeriod,
    @DefaultValue("P14D") Duration consultationPeriod,
    @DefaultValue("P3D") Duration consultationReminderBefore,
    @DefaultValue("P7D") Duration acknowledgePeriod) {

  public PetitionProperties {
    if (consultationReminderBefore.compareTo(consultationPeriod) >= 0) {
      throw new IllegalArgumentException(
          "rbd.petition.consultation-reminder-before must be shorter than consultation-period");
    }
  }
}
