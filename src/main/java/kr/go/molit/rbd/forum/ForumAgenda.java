package kr.go.molit.rbd.forum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * A session's agenda membership: gathering the candidates a new session may hold, and giving back
 * those it does not decide. Runs inside the engine's command, with the engine's authority.
 */
@Service
public class ForumAgenda {

  private final AgendaClaims claims;
  private final WaitingPetitions waiting;
  private final RuntimeService runtime;

  ForumAgenda(AgendaClaims claims, WaitingPetitions waiting, RuntimeService runtime) {
    this.claims = claims;
    this.waiting = waiting;
    this.runtime = runtime;
  }

  /** Claims every waiting petition no open session holds, for this session; returns them. */
  List<Candidate> gather(String sessionId) {
    return Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              releaseClaimsOfEndedSessions();
              List<Candidate> claimed = new ArrayList<>();
              for (Candidate candidate : waiting.list()) {
                String number = candidate.petitionNumber();
                if (!claims.claim(sessionId, number)) {
                  continue;
                }
                // A claim may succeed only because another session's delivery gave this petition
                // back and committed while we waited for it (PostgreSQL waits on the key): its
                // decision is then in, and it no longer waits for any Forum.
                if (waiting.stillWaiting(number)) {
                  claimed.add(candidate);
                } else {
                  claims.release(sessionId, List.of(number));
                }
              }
              return claimed;
            });
  }

  /** Gives back every petition the session holds except those it keeps. */
  void releaseAllBut(String sessionId, Collection<String> kept) {
    List<String> released = new ArrayList<>(claims.heldBy(sessionId));
    released.removeAll(kept);
    claims.release(sessionId, released);
  }

  void release(String sessionId, String petitionNumber) {
    claims.release(sessionId, List.of(petitionNumber));
  }

  public List<String> heldBy(String sessionId) {
    return claims.heldBy(sessionId);
  }

  /** A session cancelled by an operator holds its petitions no longer. */
  private void releaseClaimsOfEndedSessions() {
    List<String> holding = claims.holdingSessions();
    if (holding.isEmpty()) {
      return;
    }
    Set<String> running = new HashSet<>();
    runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(holding)).list().stream()
        .map(ProcessInstance::getId)
        .forEach(running::add);
    holding.stream().filter(id -> !running.contains(id)).forEach(claims::releaseAll);
  }
}
