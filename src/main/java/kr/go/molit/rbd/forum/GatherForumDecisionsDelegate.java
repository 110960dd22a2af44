package kr.go.molit.rbd.forum;

import static kr.go.molit.rbd.forum.ForumVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Gathers the items' decisions in agenda order into one list, and names the petitions to deliver
 * to: every item the Forum decided, none it left 보류.
 */
@Component("gatherForumDecisionsDelegate")
class GatherForumDecisionsDelegate implements JavaDelegate {

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    SpinJsonNode decisions = Spin.JSON("[]");
    List<String> toDeliver = new ArrayList<>();
    for (Map<String, Object> item : (List<Map<String, Object>>) execution.getVariable(AGENDA)) {
      String number = (String) item.get("petitionNumber");
      SpinJsonNode decision = (SpinJsonNode) execution.getVariable(decisionOf(number));
      decisions.append(decision);
      if (!DEFERRED.equals(decision.prop("forumDecision").stringValue())) {
        toDeliver.add(number);
      }
    }
    execution.setVariable(FORUM_DECISIONS, SpinValues.jsonValue(decisions.toString()).create());
    execution.setVariable(DECISIONS_TO_DELIVER, toDeliver);
  }
}
