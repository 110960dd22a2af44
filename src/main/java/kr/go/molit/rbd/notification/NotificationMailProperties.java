package kr.go.molit.rbd.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification mail ({@code rbd.notification.mail.*}), sent when {@code spring.mail.host} names an
 * SMTP server: the sender, how often the ledger is looked at and how many notifications at a time,
 * how many tries a notification gets, how old one may be and still be sent, the Tasklist address
 * each mail ends with, and the address of 건의 현황's petition pages ({@code https://…/petitions/}), to
 * which a mail about a petition adds its number (each none when blank).
 */
@Validated
@ConfigurationProperties("rbd.notification.mail")
public record NotificationMailProperties(
    @DefaultValue("지역균형발전 건의 업무 <noreply@rbd.example.kr>") @NotBlank String from,
    @DefaultValue("PT30S") @NotNull Duration interval,
    @DefaultValue("50") @Positive int batchSize,
    @DefaultValue("10") @Positive int maxAttempts,
    @DefaultValue("P7D") @NotNull Duration maxAge,
    @DefaultValue("") String tasklistUrl,
    @DefaultValue("") String petitionsUrl) {}
