package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Gathers the ministries' replies into one list and a Korean summary for the coordinator. */
@Component("gatherConsultationRepliesDelegate")
class GatherConsultationRepliesDelegate implements JavaDelegate {

  private final Contributions contributions;

  GatherConsultationRepliesDelegate(Contributions contributions) {
    this.contributions = contributions;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    List<String> ministries = (List<String>) execution.getVariable(MINISTRIES_TO_CONSULT);
    List<SpinJsonNode> replies = contributions.gather(execution, Contributions.CONSULTATION_REPLY, ministries);
    execution.setVariable(CONSULTATION_REPLIES, SpinValues.jsonValue(Contributions.asArray(replies).toString()).create());
    execution.setVariable(CONSULTATION_SUMMARY, replies.stream()
        .map(r -> "- " + r.prop("groupName").stringValue() + ": "
            + Labels.of(Labels.REPLIES, r.prop("consultationReply").stringValue()) + " — "
            + r.prop("consultationText").stringValue())
        .collect(Collectors.joining("\n")));
  }
}
