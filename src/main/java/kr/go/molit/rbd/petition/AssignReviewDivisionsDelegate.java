package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.directory.Organisations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Turns the routing decision (DMN {@code petition-routing}) into the divisions that review, lead
 * division first, lets them see the petition, and offers the ministries they may name.
 */
@Component("assignReviewDivisionsDelegate")
class AssignReviewDivisionsDelegate implements JavaDelegate {

  private final PetitionVisibility visibility;
  private final Organisations organisations;

  AssignReviewDivisionsDelegate(PetitionVisibility visibility, Organisations organisations) {
    this.visibility = visibility;
    this.organisations = organisations;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> routing = (List<Map<String, Object>>) execution.getVariable(ROUTING);
    ArrayList<String> divisions = new ArrayList<>();
    routing.stream()
        .filter(r -> Boolean.TRUE.equals(r.get("lead")))
        .forEach(r -> divisions.add((String) r.get("division")));
    routing.stream()
        .map(r -> (String) r.get("division"))
        .filter(d -> !divisions.contains(d))
        .forEach(divisions::add);
    if (divisions.isEmpty()) {
      throw new IllegalStateException(
          "petition-routing chose no division for category "
              + execution.getVariable(CATEGORY)
              + ": add a rule to the decision table");
    }
    execution.setVariable(REVIEW_DIVISIONS, divisions);
    execution.setVariable(LEAD_DIVISION, divisions.get(0));
    execution.removeVariable(ROUTING);
    execution.setVariable(
        MINISTRY_OPTIONS, SpinValues.jsonValue(ministryOptions().toString()).create());
    visibility.grant(execution.getProcessInstanceId(), divisions);
  }

  private SpinJsonNode ministryOptions() {
    SpinJsonNode options = Spin.JSON("[]");
    organisations
        .ofKind(Organisations.MINISTRY_KIND)
        .forEach(m -> options.append(Spin.JSON(Map.of("label", m.name(), "value", m.id()))));
    return options;
  }
}
