package kr.go.molit.rbd.forum;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/**
 * The petitions waiting for a Forum decision: those with a subscription to the {@code
 * ForumDecision} message, in petition-number order (the order claims are made in, so concurrent
 * sessions never wait on each other in a cycle). Callers run it without authorization: a session
 * sees every waiting petition, whoever starts it.
 */
@Component
class WaitingPetitions {

  private static final List<String> NAMES =
      List.of(
          PETITION_NUMBER, REGION_NAME, TITLE, CATEGORY_LABEL, DIRECTION_TEXT, SUPPORT_DIRECTION);

  private final RuntimeService runtime;

  WaitingPetitions(RuntimeService runtime) {
    this.runtime = runtime;
  }

  List<Candidate> list() {
    return runtime
        .createExecutionQuery()
        .messageEventSubscriptionName(FORUM_DECISION_MESSAGE)
        .list()
        .stream()
        .map(Execution::getProcessInstanceId)
        .distinct()
        .map(id -> candidate(runtime.getVariables(id, NAMES)))
        .filter(c -> c.petitionNumber() != null)
        .sorted(Comparator.comparing(Candidate::petitionNumber))
        .toList();
  }

  /** Whether the petition still waits for a Forum decision, as committed now. */
  boolean stillWaiting(String petitionNumber) {
    return runtime
            .createExecutionQuery()
            .messageEventSubscriptionName(FORUM_DECISION_MESSAGE)
            .processInstanceBusinessKey(petitionNumber)
            .count()
        > 0;
  }

  private static Candidate candidate(Map<String, Object> v) {
    return new Candidate(
        (String) v.get(PETITION_NUMBER),
        (String) v.get(REGION_NAME),
        (String) v.get(TITLE),
        (String) v.get(CATEGORY_LABEL),
        (String) v.get(DIRECTION_TEXT),
        (String) v.get(SUPPORT_DIRECTION));
  }
}
