package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * Where a petition stands, as the caller may see it: read from the engine's history under the
 * caller's authorizations, so another region's petition is simply not found.
 */
@Service
public class PetitionStatus {

  /**
   * A petition's state for API clients. After a Forum decision: the session's title and the Forum's
   * direction, which the region reads as its acknowledgement task shows them, and the link to the
   * session's record, which only those who may read the session (Forum staff and members) can
   * follow. {@code dueDates}: the due date of each open step that has one (the earliest, where
   * parallel steps share a name), so a region knows by when it must supplement its petition.
   */
  public record View(
      String number,
      String regionCode,
      String regionName,
      String title,
      String category,
      String state,
      List<String> currentSteps,
      Map<String, Date> dueDates,
      String outcome,
      String outcomeLabel,
      Date submittedAt,
      Date decidedAt,
      String forumSessionTitle,
      String forumDirection,
      String forumSessionLink) {}

  static final List<String> SHOWN =
      List.of(
          REGION_CODE,
          REGION_NAME,
          TITLE,
          CATEGORY,
          PETITION_OUTCOME,
          OUTCOME_LABEL,
          SUBMITTED_AT,
          DECIDED_AT,
          FORUM_SESSION_TITLE,
          FORUM_DIRECTION,
          FORUM_SESSION_LINK);

  /** Open steps shown; parallel reviews open one step per division. */
  static final int MAX_STEPS = 200;

  private final HistoryService history;

  PetitionStatus(HistoryService history) {
    this.history = history;
  }

  public Optional<View> find(String number) {
    HistoricProcessInstance instance =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(number)
            .singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    Map<String, Object> v = new java.util.HashMap<>();
    for (HistoricVariableInstance variable :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .variableNameIn(SHOWN.toArray(String[]::new))
            .listPage(0, SHOWN.size() * 4)) {
      v.put(variable.getName(), variable.getValue());
    }
    List<String> steps =
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instance.getId())
            .unfinished()
            .listPage(0, MAX_STEPS)
            .stream()
            .filter(
                a -> a.getActivityType().endsWith("Task") || a.getActivityType().contains("Catch"))
            .map(a -> a.getActivityName())
            .distinct()
            .toList();
    Map<String, Date> dueDates = new LinkedHashMap<>();
    for (HistoricTaskInstance task :
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceId(instance.getId())
            .unfinished()
            .orderByTaskDueDate()
            .asc()
            .listPage(0, MAX_STEPS)) {
      if (task.getDueDate() != null) {
        dueDates.putIfAbsent(task.getName(), task.getDueDate());
      }
    }
    return Optional.of(
        new View(
            number,
            (String) v.get(REGION_CODE),
            (String) v.get(REGION_NAME),
            (String) v.get(TITLE),
            (String) v.get(CATEGORY),
            instance.getState(),
            steps,
            dueDates,
            (String) v.get(PETITION_OUTCOME),
            (String) v.get(OUTCOME_LABEL),
            (Date) v.get(SUBMITTED_AT),
            (Date) v.get(DECIDED_AT),
            (String) v.get(FORUM_SESSION_TITLE),
            (String) v.get(FORUM_DIRECTION),
            (String) v.get(FORUM_SESSION_LINK)));
  }
}
