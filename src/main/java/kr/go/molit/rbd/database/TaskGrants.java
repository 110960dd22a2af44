package kr.go.molit.rbd.database;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * What shows a user tasks, as far as our task statements need to know, read with one statement
 * ({@code rbdTaskGrants} in {@code db/mybatis/task-count.xml}) for the query's authorization check
 * (while nothing in the database could revoke): whether something shows them tasks beyond their
 * grants on single tasks and on process definitions (a grant on all tasks or all definitions, a
 * case task); whether they hold a definition grant (READ_TASK on a process definition key); and how
 * many task grants they hold, counted up to {@link #FEW}.
 */
public final class TaskGrants {

  static final String STATEMENT = "kr.go.molit.rbd.database.taskcount.rbdTaskGrants";
  static final String OTHER_DEFINITIONS = "kr.go.molit.rbd.database.taskcount.rbdOtherDefinitions";

  /** Below this many task grants, a list starts from the grants rather than from the tasks. */
  static final int FEW = 1000;

  private final boolean others;
  private final boolean definitionGrants;
  private final long taskGrants;

  TaskGrants(boolean others, boolean definitionGrants, long taskGrants) {
    this.others = others;
    this.definitionGrants = definitionGrants;
    this.taskGrants = taskGrants;
  }

  /** The user's grants for this query's check; called by the statements. */
  public static TaskGrants of(Object parameter) {
    CommandContext command = Context.getCommandContext();
    if (!(parameter instanceof TaskQueryImpl query) || command == null) {
      return new TaskGrants(true, false, FEW);
    }
    Map<?, ?> row = (Map<?, ?>) command.getDbEntityManager().selectOne(STATEMENT, query);
    return new TaskGrants(
        number(row, "OTHERS") != 0,
        number(row, "DEFINITION_GRANTS") != 0,
        number(row, "TASK_GRANTS"));
  }

  /**
   * The ids of the process definitions whose key none of the user's definition grants names: their
   * tasks are visible only by a task grant. Called by the count statement, which binds them as
   * values so that the database estimates their tasks from its statistics.
   */
  public static List<String> otherDefinitions(Object parameter) {
    CommandContext command = Context.getCommandContext();
    if (!(parameter instanceof TaskQueryImpl query) || command == null) {
      throw new IllegalStateException(
          "The other definitions are read for a task query inside a command");
    }
    @SuppressWarnings("unchecked")
    List<String> ids =
        (List<String>) command.getDbEntityManager().selectList(OTHER_DEFINITIONS, query);
    return ids;
  }

  /**
   * A column of the row, whatever case the database gives its name (H2 upper, PostgreSQL lower).
   */
  private static long number(Map<?, ?> row, String column) {
    for (Map.Entry<?, ?> entry : row.entrySet()) {
      if (column.equalsIgnoreCase(String.valueOf(entry.getKey()))) {
        return ((Number) entry.getValue()).longValue();
      }
    }
    throw new IllegalStateException("rbdTaskGrants gave no column " + column + ": " + row.keySet());
  }

  /** Nothing but fewer than {@link #FEW} task grants shows the user tasks. */
  public boolean isFewTaskGrantsOnly() {
    return !others && !definitionGrants && taskGrants < FEW;
  }

  /** Nothing but grants on single tasks and on process definitions shows the user tasks. */
  public boolean isGrantsOnly() {
    return !others;
  }

  /** The user holds a grant to read the tasks of some process definition. */
  public boolean isDefinitionGrants() {
    return definitionGrants;
  }
}
