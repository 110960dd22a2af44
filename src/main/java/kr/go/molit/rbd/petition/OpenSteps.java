package kr.go.molit.rbd.petition;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The open tasks of one step of a petition (one per division, adviser or ministry that has not
 * finished), as the deadline steps read them: who they are offered to and by when.
 */
final class OpenSteps {

  private OpenSteps() {}

  /** The petition's open tasks of the step {@code taskKey}. */
  static List<Task> open(DelegateExecution execution, String taskKey) {
    return execution
        .getProcessEngineServices()
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)
        .listPage(0, 500);
  }

  /** The groups the tasks are offered to (candidate groups), sorted. */
  static List<String> candidateGroups(DelegateExecution execution, List<Task> tasks) {
    var taskService = execution.getProcessEngineServices().getTaskService();
    return tasks.stream()
        .flatMap(t -> taskService.getIdentityLinksForTask(t.getId()).stream())
        .filter(
            link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .distinct()
        .sorted()
        .toList();
  }

  /** The tasks' due date (the earliest, should they differ). */
  static Optional<Date> dueDate(List<Task> tasks) {
    return tasks.stream().map(Task::getDueDate).filter(Objects::nonNull).min(Date::compareTo);
  }
}
