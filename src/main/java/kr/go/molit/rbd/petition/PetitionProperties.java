package kr.go.molit.rbd.petition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Numbering, due dates and reminders of petitions ({@code rbd.petition.*}). Periods are counted in
 * working days (근무일: weekdays that are not holidays) from the day after a task begins, and end at
 * 18:00 in Korea. {@code document-max-size} is the largest document one may attach (첨부 문서); keep it
 * below {@code rbd.security.max-multipart-body}, which refuses the whole request first.
 */
@Validated
@ConfigurationProperties("rbd.petition")
public record PetitionProperties(
    @DefaultValue("RP") @NotBlank String numberPrefix,
    @DefaultValue("7") @Positive int supplementWorkingDays,
    @DefaultValue("10") @Positive int divisionReviewWorkingDays,
    @DefaultValue("10") @Positive int adviceWorkingDays,
    @DefaultValue("10") @Positive int consultationWorkingDays,
    @DefaultValue("3") @Positive int consultationReminderWorkingDaysBefore,
    @DefaultValue("5") @Positive int acknowledgeWorkingDays,
    @DefaultValue("10MB") @NotNull DataSize documentMaxSize) {

  public PetitionProperties {
    if (consultationReminderWorkingDaysBefore >= consultationWorkingDays) {
      throw new IllegalArgumentException(
          "rbd.petition.consultation-reminder-working-days-before must be fewer than"
              + " consultation-working-days");
    }
  }
}
