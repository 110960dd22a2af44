package kr.go.molit.rbd.forum;

import static kr.go.molit.rbd.forum.ForumVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Delivers one agenda item's decision to its petition (an asynchronous step of its own, retried by
 * the job executor); {@link DecisionDelivery} makes sure it lands once.
 */
@Component("deliverForumDecisionDelegate")
class DeliverForumDecisionDelegate implements JavaDelegate {

  private final DecisionDelivery delivery;
  private final ForumProperties properties;

  DeliverForumDecisionDelegate(DecisionDelivery delivery, ForumProperties properties) {
    this.delivery = delivery;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(DELIVERED_PETITION);
    SpinJsonNode decision = (SpinJsonNode) execution.getVariable(decisionOf(number));
    String session = execution.getProcessInstanceId();
    delivery.deliver(
        new DecisionDelivery.Decision(
            number,
            session,
            (String) execution.getVariable(SESSION_TITLE),
            properties.sessionLink(session),
            decision.prop("forumDecision").stringValue(),
            decision.prop("forumDirection").stringValue()));
  }
}
