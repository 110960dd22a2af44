package kr.go.molit.rbd.forum;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Delivers a Forum decision to its petition exactly once. The delivery ledger row ({@code
 * rbd_forum_delivery}, keyed by petition number) is written in the same transaction as the {@code
 * ForumDecision} correlation and the petition's next steps: a failure or a crash before the commit
 * undoes both, and a retried or replayed delivery finds the row and does nothing.
 */
@Service
public class DecisionDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(DecisionDelivery.class);

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final ForumAgenda agenda;

  DecisionDelivery(JdbcTemplate jdbc, RuntimeService runtime, ForumAgenda agenda) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.agenda = agenda;
  }

  /** What a session tells one petition. */
  public record Decision(
      String petitionNumber,
      String sessionId,
      String sessionTitle,
      String sessionLink,
      String forumDecision,
      String forumDirection) {}

  /** Delivers the decision unless it was delivered before; true when this call delivered it. */
  public boolean deliver(Decision decision) {
    if (deliveredBefore(decision.petitionNumber())) {
      LOG.info(
          "RBD-FOR-001 decision for {} already delivered; not again", decision.petitionNumber());
      agenda.release(decision.sessionId(), decision.petitionNumber());
      return false;
    }
    // The key makes a concurrent duplicate fail at the insert, rolling back its correlation too.
    jdbc.update(
        "INSERT INTO rbd_forum_delivery (petition_number, session_id, forum_decision, delivered_at)"
            + " VALUES (?, ?, ?, ?)",
        decision.petitionNumber(),
        decision.sessionId(),
        decision.forumDecision(),
        Timestamp.from(Instant.now()));
    Context.getCommandContext()
        .runWithoutAuthorization(
            () ->
                runtime
                    .createMessageCorrelation(FORUM_DECISION_MESSAGE)
                    .processInstanceBusinessKey(decision.petitionNumber())
                    .setVariables(
                        Map.of(
                            FORUM_DECISION,
                            decision.forumDecision(),
                            FORUM_DIRECTION,
                            decision.forumDirection(),
                            FORUM_SESSION_ID,
                            decision.sessionId(),
                            FORUM_SESSION_TITLE,
                            decision.sessionTitle(),
                            FORUM_SESSION_LINK,
                            decision.sessionLink()))
                    .correlateWithResult());
    agenda.release(decision.sessionId(), decision.petitionNumber());
    return true;
  }

  public List<String> deliveredBy(String sessionId) {
    return jdbc.queryForList(
        "SELECT petition_number FROM rbd_forum_delivery WHERE session_id = ?"
            + " ORDER BY petition_number",
        String.class,
        sessionId);
  }

  private boolean deliveredBefore(String petitionNumber) {
    Integer rows =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM rbd_forum_delivery WHERE petition_number = ?",
            Integer.class,
            petitionNumber);
    return rows != null && rows > 0;
  }
}
