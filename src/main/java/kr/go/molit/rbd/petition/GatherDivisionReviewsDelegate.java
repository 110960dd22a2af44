package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.ArrayList;
import java.util.List;
import kr.go.molit.rbd.directory.Organisations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Gathers the divisions' reviews: keeps them as one list, writes a Korean summary for the next
 * forms, and collects the ministries to consult and the advice groups any division asked for.
 */
@Component("gatherDivisionReviewsDelegate")
class GatherDivisionReviewsDelegate implements JavaDelegate {

  private final Contributions contributions;
  private final Organisations organisations;

  GatherDivisionReviewsDelegate(Contributions contributions, Organisations organisations) {
    this.contributions = contributions;
    this.organisations = organisations;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    List<String> divisions = (List<String>) execution.getVariable(REVIEW_DIVISIONS);
    List<SpinJsonNode> reviews =
        contributions.gather(execution, Contributions.DIVISION_REVIEW, divisions);
    execution.setVariable(
        DIVISION_REVIEWS, SpinValues.jsonValue(Contributions.asArray(reviews).toString()).create());
    execution.setVariable(
        MINISTRIES_TO_CONSULT, new ArrayList<>(Contributions.union(reviews, "consultMinistries")));
    execution.setVariable(
        ADVICE_GROUPS, new ArrayList<>(Contributions.union(reviews, "adviceGroupsRequested")));
    execution.setVariable(DIVISION_REVIEW_SUMMARY, summary(reviews));
  }

  private String summary(List<SpinJsonNode> reviews) {
    StringBuilder text = new StringBuilder();
    for (SpinJsonNode review : reviews) {
      text.append("- ")
          .append(review.prop("groupName").stringValue())
          .append(": ")
          .append(Labels.of(Labels.OPINIONS, review.prop("divisionOpinion").stringValue()))
          .append(" — ")
          .append(review.prop("divisionRationale").stringValue());
      List<String> ministries = Contributions.union(List.of(review), "consultMinistries");
      if (!ministries.isEmpty()) {
        text.append(" (협의 요청: ")
            .append(String.join(", ", ministries.stream().map(organisations::name).toList()))
            .append(")");
      }
      text.append('\n');
    }
    return text.toString().strip();
  }
}
