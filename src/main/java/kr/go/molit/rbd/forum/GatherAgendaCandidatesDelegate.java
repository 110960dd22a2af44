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
 * Gathers the session's agenda candidates when it starts, in the start's transaction: every
 * petition waiting for a Forum decision that no other open session holds. Offers them all as
 * included; the secretariat unticks the ones to defer.
 */
@Component("gatherAgendaCandidatesDelegate")
class GatherAgendaCandidatesDelegate implements JavaDelegate {

  private final ForumAgenda agenda;

  GatherAgendaCandidatesDelegate(ForumAgenda agenda) {
    this.agenda = agenda;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> candidates = new ArrayList<>();
    agenda.gather(execution.getProcessInstanceId()).forEach(c -> candidates.add(c.toMap()));
    SpinJsonNode options = Spin.JSON("[]");
    SpinJsonNode included = Spin.JSON("[]");
    for (Map<String, Object> candidate : candidates) {
      options.append(
          Spin.JSON(
              Map.of(
                  "label", Candidate.label(candidate), "value", candidate.get("petitionNumber"))));
      included.append(candidate.get("petitionNumber"));
    }
    execution.setVariable(AGENDA_CANDIDATES, candidates);
    execution.setVariable(CANDIDATE_COUNT, candidates.size());
    execution.setVariable(AGENDA_CANDIDATES_TEXT, AgendaTexts.candidates(candidates));
    execution.setVariable(
        AGENDA_CANDIDATE_OPTIONS, SpinValues.jsonValue(options.toString()).create());
    execution.setVariable(INCLUDED_PETITIONS, SpinValues.jsonValue(included.toString()).create());
  }
}
