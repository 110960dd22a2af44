package kr.go.molit.rbd.database;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The page of tasks a division's Tasklist filter lists, with the authorization check written so
 * that the database walks the creation index until the page is full at any size of database ({@code
 * db/mybatis/task-count.xml} explains the planner's guess it avoids). At 5,000 open petitions the
 * engine's statement took 14-16 ms for a division's first page, at 100,000 about 3 ms; ours 1.5 ms
 * at both. Any query of another shape, or any authorization in the database that could revoke, runs
 * the engine's own filter.
 */
@Component
public class TaskPageQuery extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectTaskByQueryCriteria";
  static final String OUR_STATEMENT =
      "kr.go.molit.rbd.database.taskcount.rbdSelectTaskByQueryCriteria";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // Our statement shares the task count's mapper, its grant fragments and its checks.
    EngineStatements.replace(configuration, TaskCountQuery.MAPPER, ENGINE_STATEMENT, OUR_STATEMENT);
  }

  /**
   * True when the page can be read from the groups' identity links and the grants probed per task:
   * a division's filter whose count is read from its links too, sorted only by the task's own
   * columns (a sorting by a variable joins the variable's table inside the engine's filter). Called
   * by the statement itself.
   */
  public static boolean fromLinks(Object parameter) {
    // The shape first: the two checks of what the database holds (revokes, tenants' tasks) cost a
    // statement each, and most task queries (an official's own, the engine's) are of other shapes.
    return parameter instanceof TaskQueryImpl query
        && sortedByTaskColumns(query)
        && TaskCountQuery.offeredToGroupsOnly(query)
        && TaskCountQuery.revokeFree(query);
  }

  /**
   * True when the page can start from the user's task grants: a list of many tasks (no task,
   * instance or execution named: Tasklist's filters and searches), sorted by task columns, for a
   * user whom nothing shows tasks but fewer than a thousand task grants (no grant on all tasks or
   * on a process definition, no case task): a region's official, mostly. The engine checks tasks in
   * the sorting's order until it has a page: quick for a division that sees thousands, a read of
   * every open task for an official who sees a few, whatever else the query asks (a region's "우리 지역
   * 건의", a variable criterion, took 0.5 s at 100,000 open petitions for an empty list). The query's
   * own criteria stay the engine's. Called by the statement.
   */
  public static boolean fromGrants(Object parameter) {
    return parameter instanceof TaskQueryImpl query
        && sortedByTaskColumns(query)
        && TaskCountQuery.listsManyTasks(query)
        && TaskCountQuery.revokeFree(query)
        && TaskGrants.of(query).isFewTaskGrantsOnly();
  }

  static boolean sortedByTaskColumns(TaskQueryImpl query) {
    // A property without a relation is a column of the task (perhaps under a function, such as the
    // case-insensitive name's LOWER); a relation is a table the engine's filter joins for it.
    return query.getOrderingProperties().stream().allMatch(p -> p.getRelation() == null);
  }
}
