package kr.go.molit.rbd.history;

import java.util.Set;
import kr.go.molit.rbd.directory.TasklistColumns;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's full history (same name, same id in the database), without the history of two kinds
 * of variables that record nothing anyone decided:
 *
 * <ul>
 *   <li>the Tasklist column copies on each user task (petition number, title, region, forum
 *       session), copied from the petition's or session's own variables, whose history is kept
 *       (forms/TasklistColumnsTaskListener);
 *   <li>the engine's multi-instance counters (nrOfInstances, nrOfActiveInstances,
 *       nrOfCompletedInstances, loopCounter) on the executions of a multi-instance activity; which
 *       reviews and consultations ran, by whom and with what answer stays in the activity, task and
 *       variable history.
 * </ul>
 *
 * <p>Each user task wrote six history rows for its copies (three variables, three details), read
 * and updated each variable row again when the task ended, and each review or consultation round
 * wrote its counters' updates: a third of a petition's variable history (docs/performance.md).
 * Everything else, officials' form values included, is recorded as at full history. The runtime
 * variables themselves are unchanged.
 */
public class AuditTrailHistoryLevel extends HistoryLevelFull {

  static final Set<String> MULTI_INSTANCE_COUNTERS =
      Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !(entity instanceof VariableInstanceEntity variable && isBookkeeping(variable));
  }

  static boolean isBookkeeping(VariableInstanceEntity variable) {
    String name = variable.getName();
    if (variable.getTaskId() != null) {
      return TasklistColumns.COLUMNS.containsKey(name);
    }
    String execution = variable.getExecutionId();
    return MULTI_INSTANCE_COUNTERS.contains(name)
        && execution != null
        && !execution.equals(variable.getProcessInstanceId());
  }
}
