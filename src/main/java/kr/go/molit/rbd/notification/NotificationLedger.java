package kr.go.molit.rbd.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Records notifications in the sent-notification ledger, inside the caller's transaction: a step
 * that rolls back takes its notification with it, and a retried step finds it already there.
 */
@Service
public class NotificationLedger {

  static final int MAX_BODY = 4000;

  private final JdbcTemplate jdbc;

  NotificationLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the notification unless its key is already there; true when it was new. */
  public boolean send(
      String key, String petitionNumber, String recipientGroup, String subject, String body) {
    String text = body.length() > MAX_BODY ? body.substring(0, MAX_BODY - 1) + "…" : body;
    int inserted =
        jdbc.update(
            """
        INSERT INTO rbd_notification
          (notification_key, petition_number, recipient_group, subject, body, created_at)
        SELECT ?, ?, ?, ?, ?, ? FROM (SELECT 1 AS one) seed
        WHERE NOT EXISTS (SELECT 1 FROM rbd_notification WHERE notification_key = ?)
        """,
            key,
            petitionNumber,
            recipientGroup,
            subject,
            text,
            Timestamp.from(Instant.now()),
            key);
    return inserted == 1;
  }

  public List<Notification> forPetition(String petitionNumber) {
    return jdbc.query(
        COLUMNS + " WHERE petition_number = ? ORDER BY created_at, notification_key",
        NotificationLedger::notification,
        petitionNumber);
  }

  /** The latest notifications to any of these groups, newest first. */
  public List<Notification> forGroups(Collection<String> groups, int most) {
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Object> arguments = new ArrayList<>(groups);
    arguments.add(most);
    return jdbc.query(
        COLUMNS
            + " WHERE recipient_group IN ("
            + String.join(", ", Collections.nCopies(groups.size(), "?"))
            + ") ORDER BY created_at DESC, notification_key FETCH FIRST ? ROWS ONLY",
        NotificationLedger::notification,
        arguments.toArray());
  }

  private static final String COLUMNS =
      "SELECT notification_key, petition_number, recipient_group, subject, body, created_at,"
          + " sent_at, gave_up_at FROM rbd_notification";

  private static Notification notification(ResultSet rs, int row) throws SQLException {
    return new Notification(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getTimestamp(6).toInstant(),
        instant(rs.getTimestamp(7)),
        instant(rs.getTimestamp(8)));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
