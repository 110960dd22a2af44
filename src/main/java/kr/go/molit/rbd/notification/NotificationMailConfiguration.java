package kr.go.molit.rbd.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Mail goes out when {@code spring.mail.host} names an SMTP server (Spring Boot then provides the
 * {@link JavaMailSender}); without it, notifications stay in the ledger, as in the demo.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
@EnableScheduling
class NotificationMailConfiguration {

  @Bean
  NotificationMailer notificationMailer(
      JdbcTemplate jdbc,
      IdentityService identity,
      JavaMailSender sender,
      NotificationMailProperties properties,
      MeterRegistry meters) {
    Gauge.builder(
            "rbd.notifications.waiting",
            jdbc,
            j ->
                j.queryForObject(
                    "SELECT count(*) FROM rbd_notification WHERE sent_at IS NULL"
                        + " AND gave_up_at IS NULL",
                    Long.class))
        .description("Notifications not yet mailed, nor given up")
        .register(meters);
    return new NotificationMailer(jdbc, identity, sender, properties, meters);
  }
}
