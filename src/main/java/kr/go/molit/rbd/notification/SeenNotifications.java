package kr.go.molit.rbd.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What is new in an official's 알림함: the notifications to their organisations that came after the
 * newest one they were shown when they last opened it. Tasklist's top bar shows how many, so an
 * official working there learns of a supplement request or a result without opening the Welcome
 * page.
 */
@Service
class SeenNotifications {

  /** The most new notifications counted; the top bar shows more as "99+". */
  static final int MOST_COUNTED = 100;

  private final JdbcTemplate jdbc;

  SeenNotifications(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * When the newest notification the official was shown was sent; empty before their first visit.
   */
  Optional<Instant> lastSeen(String user) {
    return jdbc
        .query(
            "SELECT seen_at FROM rbd_notification_seen WHERE user_id = ?",
            (rs, row) -> rs.getTimestamp(1).toInstant(),
            user)
        .stream()
        .findFirst();
  }

  /**
   * Records that the official was shown the notifications sent up to {@code newest}: never moved
   * back, so an older page opened later does not make seen notifications new again.
   */
  void seen(String user, Instant newest) {
    Timestamp at = Timestamp.from(newest);
    if (jdbc.update(
            "UPDATE rbd_notification_seen SET seen_at = ? WHERE user_id = ? AND seen_at < ?",
            at,
            user,
            at)
        > 0) {
      return;
    }
    try {
      jdbc.update(
          "INSERT INTO rbd_notification_seen (user_id, seen_at) SELECT ?, ? FROM (SELECT 1 AS one) seed"
              + " WHERE NOT EXISTS (SELECT 1 FROM rbd_notification_seen WHERE user_id = ?)",
          user,
          at,
          user);
    } catch (DuplicateKeyException e) {
      // the official's other window recorded its visit at the same moment; both were shown
      // the notifications up to about now, and the later of the two stays
      seen(user, newest);
    }
  }

  /**
   * How many notifications to these groups came after {@code since} (all of them before a first
   * visit), up to {@link #MOST_COUNTED}.
   */
  int newSince(Collection<String> groups, Optional<Instant> since) {
    if (groups.isEmpty()) {
      return 0;
    }
    List<Object> arguments = new ArrayList<>(groups);
    since.ifPresent(at -> arguments.add(Timestamp.from(at)));
    arguments.add(MOST_COUNTED);
    Integer count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM (SELECT 1 AS one FROM rbd_notification WHERE recipient_group IN ("
                + String.join(", ", Collections.nCopies(groups.size(), "?"))
                + ")"
                + (since.isPresent() ? " AND created_at > ?" : "")
                + " FETCH FIRST ? ROWS ONLY) counted",
            Integer.class,
            arguments.toArray());
    return count == null ? 0 : count;
  }
}
