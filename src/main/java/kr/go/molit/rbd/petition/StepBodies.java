package kr.go.molit.rbd.petition;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.go.molit.rbd.directory.Organisations;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The body each step of petitions is offered to, for their records and lists: the candidate groups
 * its user task has in the model, by their organisations' names. A group the model names ({@code
 * council-secretariat}) is the body itself; a group an expression picks ({@code ${regionGroupId}},
 * {@code ${reviewDivision}}) is the value its variable had for the step: the element variable of a
 * parallel step's own execution, or else the petition's variable. What a process owner changes in
 * Modeler shows here without a change in code.
 */
final class StepBodies {

  private static final Pattern VARIABLE = Pattern.compile("^\\$\\{\\s*([A-Za-z_]\\w*)\\s*}$");

  private final Map<String, String> groupsByTask;
  private final Map<String, Map<String, Object>> variablesByExecution;
  private final Organisations organisations;

  private StepBodies(
      Map<String, String> groupsByTask,
      Map<String, Map<String, Object>> variablesByExecution,
      Organisations organisations) {
    this.groupsByTask = groupsByTask;
    this.variablesByExecution = variablesByExecution;
    this.organisations = organisations;
  }

  /**
   * Reads the models of these tasks and, in one query, the variables their candidate groups name on
   * the tasks' executions and their petitions.
   */
  static StepBodies of(
      List<HistoricTaskInstance> tasks,
      RepositoryService repository,
      HistoryService history,
      Organisations organisations) {
    Map<String, String> groupsByTask = new HashMap<>();
    tasks.stream()
        .map(HistoricTaskInstance::getProcessDefinitionId)
        .distinct()
        .forEach(definition -> groupsByTask.putAll(candidateGroups(repository, definition)));
    Set<String> names = new LinkedHashSet<>();
    groupsByTask.values().stream()
        .flatMap(StepBodies::parts)
        .map(VARIABLE::matcher)
        .filter(Matcher::matches)
        .forEach(m -> names.add(m.group(1)));
    Map<String, Map<String, Object>> variables = new HashMap<>();
    if (!names.isEmpty() && !tasks.isEmpty()) {
      Set<String> instances = new LinkedHashSet<>();
      Set<String> executions = new LinkedHashSet<>();
      tasks.forEach(
          task -> {
            instances.add(task.getProcessInstanceId());
            executions.add(task.getProcessInstanceId());
            executions.add(task.getExecutionId());
          });
      for (HistoricVariableInstance variable :
          history
              .createHistoricVariableInstanceQuery()
              .processInstanceIdIn(instances.toArray(String[]::new))
              .executionIdIn(executions.toArray(String[]::new))
              .variableNameIn(names.toArray(String[]::new))
              .listPage(0, PetitionStatus.MOST_ROWS)) {
        variables
            .computeIfAbsent(variable.getExecutionId(), k -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return new StepBodies(groupsByTask, variables, organisations);
  }

  /** The organisations the task was offered to, or null when the model names none. */
  String of(HistoricTaskInstance task) {
    String groups =
        groupsByTask.get(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey());
    if (groups == null) {
      return null;
    }
    String bodies =
        parts(groups)
            .map(part -> group(part, task))
            .filter(group -> group != null && !group.isBlank())
            .map(organisations::name)
            .collect(Collectors.joining(", "));
    return bodies.isEmpty() ? null : bodies;
  }

  private String group(String part, HistoricTaskInstance task) {
    Matcher variable = VARIABLE.matcher(part);
    if (!variable.matches()) {
      return part.contains("{") ? null : part;
    }
    Object value =
        variablesByExecution
            .getOrDefault(task.getExecutionId(), Map.of())
            .getOrDefault(
                variable.group(1),
                variablesByExecution
                    .getOrDefault(task.getProcessInstanceId(), Map.of())
                    .get(variable.group(1)));
    return value instanceof String group ? group : null;
  }

  private static Map<String, String> candidateGroups(RepositoryService repository, String id) {
    Map<String, String> groups = new HashMap<>();
    try {
      for (UserTask task :
          repository.getBpmnModelInstance(id).getModelElementsByType(UserTask.class)) {
        if (task.getCamundaCandidateGroups() != null) {
          groups.put(id + "#" + task.getId(), task.getCamundaCandidateGroups());
        }
      }
    } catch (AuthorizationException e) {
      // a caller who may read the petition but not its model: the steps show no body
    }
    return groups;
  }

  private static Stream<String> parts(String groups) {
    return Arrays.stream(groups.split(",")).map(String::strip);
  }
}
