package kr.go.molit.rbd.notification;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.util.UriUtils;

/**
 * Mails the ledger's notifications to the members of their recipient group, as an outbox: a
 * notification is recorded in the step's own transaction and mailed afterwards, so a step never
 * waits for the mail server and a notification is never lost when it is down. Each try is claimed
 * by raising the notification's attempt count, so two servers never mail it twice at once; a failed
 * try is held back longer each time, and after the last one, or when no member of the group has an
 * address, or the notification is older than {@code max-age}, it is given up with the reason. Runs
 * when {@code spring.mail.host} is set ({@link NotificationMailConfiguration}).
 */
public class NotificationMailer {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);
  private static final Duration TRY_LEASE = Duration.ofMinutes(5);
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final JavaMailSender sender;
  private final NotificationMailProperties properties;
  private final MeterRegistry meters;

  public NotificationMailer(
      JdbcTemplate jdbc,
      IdentityService identity,
      JavaMailSender sender,
      NotificationMailProperties properties,
      MeterRegistry meters) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.sender = sender;
    this.properties = properties;
    this.meters = meters;
  }

  private record Waiting(
      String key, String petitionNumber, String group, String subject, String body, int attempts) {}

  /** Mails the notifications that are due; returns how many were sent. */
  @Scheduled(
      initialDelayString = "${rbd.notification.mail.interval:PT30S}",
      fixedDelayString = "${rbd.notification.mail.interval:PT30S}")
  public int deliverDue() {
    Instant now = Instant.now();
    giveUpTooOld(now);
    int sent = 0;
    for (Waiting waiting : due(now)) {
      if (claim(waiting, now) && deliver(waiting, waiting.attempts() + 1)) {
        sent++;
      }
    }
    return sent;
  }

  private void giveUpTooOld(Instant now) {
    int expired =
        jdbc.update(
            "UPDATE rbd_notification SET gave_up_at = ?, last_error = ? WHERE sent_at IS NULL"
                + " AND gave_up_at IS NULL AND created_at < ?",
            Timestamp.from(now),
            "not sent within " + properties.maxAge() + " (rbd.notification.mail.max-age)",
            Timestamp.from(now.minus(properties.maxAge())));
    if (expired > 0) {
      LOG.warn(
          "RBD-MAIL-003 {} notification(s) older than {} given up without being mailed",
          expired,
          properties.maxAge());
      meters.counter("rbd.notifications.mailed", "outcome", "gave_up").increment(expired);
    }
  }

  private List<Waiting> due(Instant now) {
    return jdbc.query(
        "SELECT notification_key, petition_number, recipient_group, subject, body, attempts"
            + " FROM rbd_notification"
            + " WHERE sent_at IS NULL AND gave_up_at IS NULL"
            + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
            + " ORDER BY created_at FETCH FIRST ? ROWS ONLY",
        (rs, i) ->
            new Waiting(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6)),
        Timestamp.from(now),
        properties.batchSize());
  }

  /** True when this server won the try: no other has raised the count since it was read. */
  private boolean claim(Waiting waiting, Instant now) {
    return jdbc.update(
            "UPDATE rbd_notification SET attempts = attempts + 1, next_attempt_at = ?"
                + " WHERE notification_key = ? AND attempts = ? AND sent_at IS NULL"
                + " AND gave_up_at IS NULL",
            Timestamp.from(now.plus(TRY_LEASE)),
            waiting.key(),
            waiting.attempts())
        == 1;
  }

  private boolean deliver(Waiting waiting, int attempt) {
    List<String> addresses = addresses(waiting.group());
    if (addresses.isEmpty()) {
      giveUp(waiting, "no member of group " + waiting.group() + " has an e-mail address");
      return false;
    }
    try {
      sender.send(message(waiting, addresses));
    } catch (MessagingException | RuntimeException e) {
      failed(waiting, attempt, e);
      return false;
    }
    jdbc.update(
        "UPDATE rbd_notification SET sent_at = ?, next_attempt_at = NULL, last_error = NULL"
            + " WHERE notification_key = ?",
        Timestamp.from(Instant.now()),
        waiting.key());
    meters.counter("rbd.notifications.mailed", "outcome", "sent").increment();
    return true;
  }

  private List<String> addresses(String group) {
    return identity.createUserQuery().memberOfGroup(group).listPage(0, 500).stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(address -> !address.isBlank())
        .filter(NotificationMailer::valid)
        .distinct()
        .toList();
  }

  private static boolean valid(String address) {
    try {
      new InternetAddress(address, true).validate();
      return true;
    } catch (AddressException e) {
      LOG.warn("RBD-MAIL-004 '{}' is not an e-mail address; no mail to it", address);
      return false;
    }
  }

  private MimeMessage message(Waiting waiting, List<String> addresses) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
    mail.setFrom(properties.from());
    mail.setTo(addresses.toArray(String[]::new));
    mail.setSubject(waiting.subject());
    mail.setText(text(waiting));
    message.setHeader("X-RBD-Notification", waiting.key());
    return message;
  }

  private String text(Waiting waiting) {
    String body = waiting.body();
    if (waiting.petitionNumber() != null && !properties.petitionsUrl().isBlank()) {
      // every petition notice goes to an organisation that may see the petition
      body +=
          "\n\n건의 경과 보기: "
              + properties.petitionsUrl()
              + UriUtils.encodePathSegment(waiting.petitionNumber(), StandardCharsets.UTF_8);
    }
    String footer = "이 메일은 지역균형발전 건의 업무 시스템이 보냈습니다.";
    if (!properties.tasklistUrl().isBlank()) {
      footer += " 업무는 Tasklist에서 처리해 주십시오: " + properties.tasklistUrl();
    }
    return body + "\n\n--\n" + footer + "\n";
  }

  private void failed(Waiting waiting, int attempt, Exception e) {
    String reason = reason(e);
    if (attempt >= properties.maxAttempts()) {
      giveUp(waiting, "mail failed " + attempt + " times; last: " + reason);
      return;
    }
    Duration wait = properties.interval().multipliedBy(1L << Math.min(attempt, 16));
    if (wait.compareTo(LONGEST_WAIT) > 0) {
      wait = LONGEST_WAIT;
    }
    jdbc.update(
        "UPDATE rbd_notification SET next_attempt_at = ?, last_error = ? WHERE notification_key = ?",
        Timestamp.from(Instant.now().plus(wait)),
        reason,
        waiting.key());
    LOG.warn(
        "RBD-MAIL-001 notification {} to {} not mailed (try {} of {}), trying again in {}: {}",
        waiting.key(),
        waiting.group(),
        attempt,
        properties.maxAttempts(),
        wait,
        reason);
    meters.counter("rbd.notifications.mailed", "outcome", "failed").increment();
  }

  private void giveUp(Waiting waiting, String reason) {
    jdbc.update(
        "UPDATE rbd_notification SET gave_up_at = ?, next_attempt_at = NULL, last_error = ?"
            + " WHERE notification_key = ?",
        Timestamp.from(Instant.now()),
        truncated(reason),
        waiting.key());
    LOG.error(
        "RBD-MAIL-002 notification {} to {} given up: {}", waiting.key(), waiting.group(), reason);
    meters.counter("rbd.notifications.mailed", "outcome", "gave_up").increment();
  }

  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (cause != e && cause.getMessage() != null) {
      text += " (" + cause.getMessage() + ")";
    }
    return truncated(text);
  }

  private static String truncated(String text) {
    return text.length() > 500 ? text.substring(0, 499) + "…" : text;
  }
}
