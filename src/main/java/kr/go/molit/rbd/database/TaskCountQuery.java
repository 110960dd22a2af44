package kr.go.molit.rbd.database;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The task count Tasklist asks for with every filter list, with the authorization check as
 * sub-selects the database hashes once instead of probes per task, whenever no authorization in
 * the database could revoke ({@code db/mybatis/task-count.xml} explains why the answer is the
 * same). At 100,000 open petitions a division's count took 318 ms, nearly all of it those probes.
 * Any other case (a revoke anywhere, a global authorization without the permission, a check of
 * another shape, no signed-in user) runs the engine's own statement.
 */
@Component
public class TaskCountQuery extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectTaskCountByQueryCriteria";
  static final String OUR_STATEMENT = "kr.go.molit.rbd.database.taskcount.rbdSelectTaskCountByQueryCriteria";
  static final String ANY_REVOKING = "kr.go.molit.rbd.database.taskcount.rbdAnyRevokingAuthorization";
  static final String MAPPER = "db/mybatis/task-count.xml";

  /** The columns our statement offers the checks: the task's id and its process definition's key. */
  private static final Set<String> CHECKED_COLUMNS = Set.of("RES.ID_", "D.KEY_");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    EngineStatements.replace(configuration, MAPPER, ENGINE_STATEMENT, OUR_STATEMENT);
  }

  /**
   * True when the query checks a signed-in user's grants in the shape our statement handles and
   * the database holds nothing that could revoke them; called by the statement itself.
   */
  public static boolean revokeFree(Object parameter) {
    if (!(parameter instanceof TaskQueryImpl query)) {
      return false;
    }
    AuthorizationCheck check = query.getAuthCheck();
    // The getter, as the engine's SQL reads it (enabled and checks present); the plain
    // shouldPerformAuthorizatioCheck() returns a field the engine never sets.
    if (check == null || !check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null
        || !handles(check.getPermissionChecks())) {
      return false;
    }
    CommandContext command = Context.getCommandContext();
    return command != null && !command.getDbEntityManager().selectBoolean(ANY_REVOKING, check);
  }

  /**
   * Bound over the engine's check while its task filter SQL is included, so there is no check in
   * there; a new one each time, as the engine's checks are mutable.
   */
  public static AuthorizationCheck noCheck() {
    return new AuthorizationCheck();
  }

  /** One level of checks, any of which grants, each on a column our statement offers. */
  static boolean handles(CompositePermissionCheck checks) {
    List<PermissionCheck> atomic = checks == null ? null : checks.getAtomicChecks();
    if (atomic == null || atomic.isEmpty() || (atomic.size() > 1 && !checks.isDisjunctive())
        || (checks.getCompositeChecks() != null && !checks.getCompositeChecks().isEmpty())) {
      return false;
    }
    return atomic.stream().allMatch(c -> CHECKED_COLUMNS.contains(c.getResourceIdQueryParam())
        && c.getResourceId() == null && c.getAuthorizationNotFoundReturnValue() == null);
  }
}
