package kr.go.molit.rbd.forum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which open session holds which petition ({@code rbd_forum_agenda}). The petition number is the
 * key, so two sessions can never hold the same petition: a claim another session made first fails
 * on the key and is skipped. Claims join the caller's transaction; each insert runs in a savepoint
 * so that a lost claim does not abort the session's start (PostgreSQL aborts a transaction on any
 * failed statement otherwise).
 */
@Repository
class AgendaClaims {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  AgendaClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Claims the petition for the session; false when another session holds it. */
  boolean claim(String sessionId, String petitionNumber) {
    try {
      return Boolean.TRUE.equals(
          savepoint.execute(
              status ->
                  jdbc.update(
                          "INSERT INTO rbd_forum_agenda (petition_number, session_id, claimed_at) VALUES (?, ?, ?)",
                          petitionNumber,
                          sessionId,
                          Timestamp.from(Instant.now()))
                      == 1));
    } catch (DuplicateKeyException heldElsewhere) {
      return false;
    }
  }

  List<String> heldBy(String sessionId) {
    return jdbc.queryForList(
        "SELECT petition_number FROM rbd_forum_agenda WHERE session_id = ?"
            + " ORDER BY petition_number",
        String.class,
        sessionId);
  }

  List<String> holdingSessions() {
    return jdbc.queryForList("SELECT DISTINCT session_id FROM rbd_forum_agenda", String.class);
  }

  void release(String sessionId, Collection<String> petitionNumbers) {
    petitionNumbers.forEach(
        number ->
            jdbc.update(
                "DELETE FROM rbd_forum_agenda WHERE session_id = ? AND petition_number = ?",
                sessionId,
                number));
  }

  void releaseAll(String sessionId) {
    jdbc.update("DELETE FROM rbd_forum_agenda WHERE session_id = ?", sessionId);
  }
}
