package kr.go.molit.rbd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server configured with an SMTP server ({@code spring.mail.host}) mails a petition's result to
 * its region by itself, on its schedule, with no one asking.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:rbd-mail;DB_CLOSE_DELAY=-1",
      "rbd.demo.petitions=false",
      "rbd.notification.mail.interval=PT1S"
    })
@AutoConfigureObservability
class NotificationMailScheduleIT {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @Autowired TestRestTemplate http;
  @Autowired JavaMailSender sender;

  @Test
  void aSilentMailServerTimesOutInsteadOfHoldingEveryLaterNotice() {
    assertThat(((JavaMailSenderImpl) sender).getJavaMailProperties())
        .containsEntry("mail.smtp.connectiontimeout", "10000")
        .containsEntry("mail.smtp.timeout", "10000")
        .containsEntry("mail.smtp.writetimeout", "10000");
  }

  @Test
  void theResultReachesTheRegionsMailboxWithinSeconds() throws Exception {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.notAcceptedByCouncil(
            "jeju.official", Petitions.form("제주 결과 메일", "other"), "제주도 자체 사업으로 추진");

    assertThat(SMTP.waitForIncomingEmail(15_000, 1)).as("a mail within 15 s").isTrue();
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(mail.getSubject()).startsWith("[지역 건의 " + number + "] 처리 결과");
    assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("jeju.official@rbd.example.kr");
    String metrics =
        http.withBasicAuth("demo", "demo")
            .getForEntity("/actuator/prometheus", String.class)
            .getBody();
    assertThat(metrics)
        .contains(
            "rbd_notifications_mailed_total{application=\"rbd-workflow\",outcome=\"sent\"} 1.0")
        .contains("rbd_notifications_waiting");
  }
}
