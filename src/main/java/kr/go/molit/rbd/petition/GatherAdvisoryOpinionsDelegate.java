package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Gathers the advisory and institution opinions into one list and a Korean summary. */
@Component("gatherAdvisoryOpinionsDelegate")
class GatherAdvisoryOpinionsDelegate implements JavaDelegate {

  private final Contributions contributions;

  GatherAdvisoryOpinionsDelegate(Contributions contributions) {
    this.contributions = contributions;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    List<String> groups = (List<String>) execution.getVariable(ADVICE_GROUPS);
    List<SpinJsonNode> opinions = contributions.gather(execution, Contributions.ADVISORY_OPINION, groups);
    execution.setVariable(ADVISORY_OPINIONS, SpinValues.jsonValue(Contributions.asArray(opinions).toString()).create());
    execution.setVariable(ADVISORY_SUMMARY, opinions.stream()
        .map(o -> "- " + o.prop("groupName").stringValue() + ": " + o.prop("adviceOpinion").stringValue())
        .collect(Collectors.joining("\n")));
  }
}
