package kr.go.molit.rbd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The ledger's notifications mailed through a real SMTP server (GreenMail, in this JVM) to the
 * members of their group, exactly once, and kept with the reason when the mail server is down, the
 * group has no address or the notification has waited too long.
 */
abstract class NotificationMailChecks {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired NotificationLedger ledger;
  @Autowired ApplicationContext context;

  @Test
  void withoutAnSmtpServerNotificationsStayInTheLedger() {
    assertThat(context.getBeanNamesForType(NotificationMailer.class)).isEmpty();
  }

  @Test
  void aPetitionsResultIsMailedOnceToItsRegionInKorean() throws Exception {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.notAcceptedByCouncil(
            "ulsan.official", Petitions.form("울산 결과 메일 확인", "road"), "지방 재정 사업으로 추진할 사안입니다.");
    NotificationMailer mailer = mailer(SMTP.getSmtp().getPort(), 3);

    deliverAll(mailer);
    deliverAll(mailer);

    List<MimeMessage> mails = mailsAbout(number);
    assertThat(mails).as("one mail, however often the ledger is looked at").hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject()).isEqualTo("[지역 건의 " + number + "] 처리 결과: 불수용 (지역협의회)");
    assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .contains("ulsan.official@rbd.example.kr")
        .doesNotContain("busan.official@rbd.example.kr");
    assertThat(mail.getFrom()[0].toString()).contains("noreply@rbd.example.kr");
    assertThat(mail.getContent().toString())
        .contains("건의 제목: 울산 결과 메일 확인")
        .contains("지방 재정 사업으로 추진할 사안입니다.")
        .contains("건의 경과 보기: http://localhost:8080/petitions/" + number)
        .contains("http://localhost:8080/camunda/app/tasklist/");
    Map<String, Object> row = row("result:%", number);
    assertThat(row.get("sent_at")).isNotNull();
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat(mail.getHeader("X-RBD-Notification")[0]).isEqualTo(row.get("notification_key"));
  }

  @Test
  void aMailServerThatIsDownDelaysTheMailAndLosesNothing() throws Exception {
    String key = "test-down:" + System.nanoTime();
    ledger.send(key, "RP-TEST-DOWN", "region-ulsan", "[시험] 메일 서버 중단", "서버가 돌아오면 보냅니다.");

    deliverAll(mailer(closedPort(), 3));

    Map<String, Object> held = row(key);
    assertThat(held.get("sent_at")).isNull();
    assertThat(held.get("gave_up_at")).isNull();
    assertThat(held.get("attempts")).isEqualTo(1);
    assertThat((String) held.get("last_error")).isNotBlank();
    assertThat(((Timestamp) held.get("next_attempt_at")).toInstant()).isAfter(Instant.now());

    // held back: the next look does not try it again at once
    NotificationMailer working = mailer(SMTP.getSmtp().getPort(), 3);
    deliverAll(working);
    assertThat(mailsAbout("[시험] 메일 서버 중단")).isEmpty();

    // once its time comes, it goes out
    jdbc.update(
        "UPDATE rbd_notification SET next_attempt_at = ? WHERE notification_key = ?",
        Timestamp.from(Instant.now().minusSeconds(1)),
        key);
    deliverAll(working);
    assertThat(mailsAbout("[시험] 메일 서버 중단")).hasSize(1);
    assertThat(row(key).get("sent_at")).isNotNull();
    assertThat(row(key).get("last_error")).isNull();
  }

  @Test
  void aNotificationIsGivenUpWithItsReasonAfterTheLastTry() {
    String key = "test-last-try:" + System.nanoTime();
    ledger.send(key, "RP-TEST-LAST", "region-ulsan", "[시험] 마지막 시도", "본문");

    deliverAll(mailer(closedPort(), 1));

    Map<String, Object> given = row(key);
    assertThat(given.get("gave_up_at")).isNotNull();
    assertThat((String) given.get("last_error")).startsWith("mail failed 1 times; last: ");
  }

  @Test
  void aGroupWithoutAddressesOrANotificationTooOldIsGivenUp() {
    String nobody = "test-nobody:" + System.nanoTime();
    ledger.send(nobody, "RP-TEST-NOBODY", "no-such-group", "[시험] 수신자 없음", "본문");
    String old = "test-old:" + System.nanoTime();
    ledger.send(old, "RP-TEST-OLD", "region-ulsan", "[시험] 오래된 알림", "본문");
    jdbc.update(
        "UPDATE rbd_notification SET created_at = ? WHERE notification_key = ?",
        Timestamp.from(Instant.now().minus(Duration.ofDays(8))),
        old);

    deliverAll(mailer(SMTP.getSmtp().getPort(), 3));

    assertThat((String) row(nobody).get("last_error"))
        .isEqualTo("no member of group no-such-group has an e-mail address");
    assertThat(row(nobody).get("gave_up_at")).isNotNull();
    assertThat((String) row(old).get("last_error")).startsWith("not sent within PT168H");
    assertThat(row(old).get("gave_up_at")).isNotNull();
    assertThat(mailsAbout("[시험] 오래된 알림")).isEmpty();
  }

  private NotificationMailer mailer(int port, int maxAttempts) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    return new NotificationMailer(
        jdbc,
        identity,
        sender,
        new NotificationMailProperties(
            "지역균형발전 건의 업무 <noreply@rbd.example.kr>",
            Duration.ofSeconds(30),
            1000,
            maxAttempts,
            Duration.ofDays(7),
            "http://localhost:8080/camunda/app/tasklist/",
            "http://localhost:8080/petitions/"),
        new SimpleMeterRegistry());
  }

  /** Looks at the ledger until nothing more is sent (other tests leave notifications too). */
  private static void deliverAll(NotificationMailer mailer) {
    for (int i = 0; i < 20 && mailer.deliverDue() > 0; i++) {
      // again
    }
  }

  /** The mails received whose subject contains the text. */
  private static List<MimeMessage> mailsAbout(String subject) {
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(
            mail -> {
              try {
                return mail.getSubject().contains(subject);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private Map<String, Object> row(String key) {
    return jdbc.queryForMap("SELECT * FROM rbd_notification WHERE notification_key = ?", key);
  }

  private Map<String, Object> row(String keyPattern, String number) {
    return jdbc.queryForMap(
        "SELECT * FROM rbd_notification WHERE notification_key LIKE ? AND petition_number = ?",
        keyPattern,
        number);
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
