package kr.go.molit.rbd.petition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.directory.Organisations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * What each group contributed in a parallel step (division reviews, advisory opinions, ministry
 * replies). Each completed task stores its contribution in a variable of its own, named {@code
 * <kind>:<group>}, so parallel completions never write the same row; the gathering step then reads
 * them all back in group order.
 */
@Service
public class Contributions {

  public static final Kind DIVISION_REVIEW =
      new Kind(
          "divisionReview",
          "reviewDivision",
          List.of(
              "divisionOpinion",
              "divisionRationale",
              "consultMinistries",
              "adviceGroupsRequested"));
  public static final Kind ADVISORY_OPINION =
      new Kind("advisoryOpinion", "adviceGroup", List.of("adviceOpinion"));
  public static final Kind CONSULTATION_REPLY =
      new Kind(
          "consultationReply",
          "consultedMinistry",
          List.of("consultationReply", "consultationText"));

  private final Organisations organisations;

  Contributions(Organisations organisations) {
    this.organisations = organisations;
  }

  /** A kind of contribution: the variable holding the group and the form fields it records. */
  public record Kind(String name, String groupVariable, List<String> fields) {

    String variableFor(String group) {
      return name + ":" + group;
    }
  }

  public void record(DelegateTask task, Kind kind) {
    String group = (String) task.getVariable(kind.groupVariable());
    Map<String, Object> contribution = new LinkedHashMap<>();
    contribution.put("group", group);
    contribution.put("groupName", organisations.name(group));
    contribution.put("by", Context.getCommandContext().getAuthenticatedUserId());
    for (String field : kind.fields()) {
      Object value = task.getVariable(field);
      contribution.put(field, value instanceof SpinJsonNode json ? json.unwrap() : value);
    }
    String json = Spin.JSON(contribution).toString();
    task.getExecution()
        .getProcessInstance()
        .setVariable(kind.variableFor(group), SpinValues.jsonValue(json).create());
  }

  public List<SpinJsonNode> gather(DelegateExecution execution, Kind kind, List<String> groups) {
    List<SpinJsonNode> gathered = new ArrayList<>();
    for (String group : groups) {
      Object value = execution.getVariable(kind.variableFor(group));
      if (value instanceof SpinJsonNode json) {
        gathered.add(json);
      }
    }
    return gathered;
  }

  /** Texts of a list field across contributions, each once, in first-seen order. */
  public static List<String> union(List<SpinJsonNode> contributions, String field) {
    List<String> all = new ArrayList<>();
    for (SpinJsonNode contribution : contributions) {
      if (contribution.hasProp(field) && contribution.prop(field).isArray()) {
        contribution.prop(field).elements().stream()
            .map(SpinJsonNode::stringValue)
            .filter(v -> !all.contains(v))
            .forEach(all::add);
      }
    }
    return all;
  }

  public static SpinJsonNode asArray(List<SpinJsonNode> contributions) {
    SpinJsonNode array = Spin.JSON("[]");
    contributions.forEach(array::append);
    return array;
  }
}
