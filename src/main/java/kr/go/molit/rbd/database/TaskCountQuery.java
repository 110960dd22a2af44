package kr.go.molit.rbd.database;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 * sub-selects the database hashes once instead of probes per task, whenever no authorization in the
 * database could revoke ({@code db/mybatis/task-count.xml} explains why the answer is the same). At
 * 100,000 open petitions a division's count took 318 ms, nearly all of it those probes. Any other
 * case (a revoke anywhere, a global authorization without the permission, a check of another shape,
 * no signed-in user) runs the engine's own statement.
 */
@Component
public class TaskCountQuery extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectTaskCountByQueryCriteria";
  static final String OUR_STATEMENT =
      "kr.go.molit.rbd.database.taskcount.rbdSelectTaskCountByQueryCriteria";
  static final String ANY_REVOKING =
      "kr.go.molit.rbd.database.taskcount.rbdAnyRevokingAuthorization";
  static final String ANY_TENANT_TASK = "kr.go.molit.rbd.database.taskcount.rbdAnyTaskOfATenant";
  static final String MAPPER = "db/mybatis/task-count.xml";

  /**
   * The columns our statement offers the checks: the task's id and its process definition's key.
   */
  private static final Set<String> CHECKED_COLUMNS = Set.of("RES.ID_", "D.KEY_");

  /**
   * Fields of a task query that a "tasks offered to these groups" query may set: its groups, the
   * inclusion of claimed tasks, and what shapes results or caches rather than selects tasks. Every
   * other criterion field must be as a new query has it.
   */
  private static final Set<String> GROUP_QUERY_FIELDS =
      Set.of(
          "candidateGroup",
          "candidateGroups",
          "includeAssignedTasks",
          "cachedCandidateGroups",
          "cachedUserGroups",
          "queries",
          "initializeFormKeys",
          "withCommentAttachmentInfo",
          "taskNameCaseInsensitive",
          "variableNamesIgnoreCase",
          "variableValuesIgnoreCase");

  private static final List<Field> OTHER_CRITERIA =
      Arrays.stream(TaskQueryImpl.class.getDeclaredFields())
          .filter(
              f ->
                  !Modifier.isStatic(f.getModifiers()) && !GROUP_QUERY_FIELDS.contains(f.getName()))
          .peek(f -> f.setAccessible(true))
          .toList();

  /** The group fields themselves, which a query for every task one may see leaves unset too. */
  private static final List<Field> GROUP_CRITERIA =
      Arrays.stream(TaskQueryImpl.class.getDeclaredFields())
          .filter(
              f ->
                  Set.of("candidateGroup", "candidateGroups", "includeAssignedTasks")
                      .contains(f.getName()))
          .peek(f -> f.setAccessible(true))
          .toList();

  private static final TaskQueryImpl NEW_QUERY = new TaskQueryImpl();

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    EngineStatements.replace(configuration, MAPPER, ENGINE_STATEMENT, OUR_STATEMENT);
  }

  /**
   * True when the query checks a signed-in user's grants in the shape our statement handles and the
   * database holds nothing that could revoke them; called by the statement itself.
   */
  public static boolean revokeFree(Object parameter) {
    return parameter instanceof TaskQueryImpl query
        && revokeFree(query.getAuthCheck(), CHECKED_COLUMNS);
  }

  /**
   * True when the check is a signed-in user's, in the shape our statements handle (one level of
   * checks, any of which grants, each on one of the columns given), and the database holds nothing
   * that could revoke them.
   */
  static boolean revokeFree(AuthorizationCheck check, Set<String> columns) {
    // The getter, as the engine's SQL reads it (enabled and checks present); the plain
    // shouldPerformAuthorizatioCheck() returns a field the engine never sets.
    if (check == null
        || !check.getShouldPerformAuthorizatioCheck()
        || check.getAuthUserId() == null
        || !handles(check.getPermissionChecks(), columns)) {
      return false;
    }
    return Context.getCommandContext() != null && !couldRevoke(check);
  }

  /**
   * True when an authorization in the database could revoke one of the check's permissions: any
   * revoke, or a global authorization on its resource type without the permission. Our statements
   * that read grants themselves leave the decision to the engine then. Called inside a command.
   */
  public static boolean couldRevoke(AuthorizationCheck check) {
    return Context.getCommandContext().getDbEntityManager().selectBoolean(ANY_REVOKING, check);
  }

  /**
   * True when the query asks only for the tasks offered to some groups, claimed or not (a
   * division's Tasklist filter), and no task belongs to a tenant the engine's tenant check could
   * exclude: such a count can start from the groups' identity links and needs the task rows only
   * where no task grant covers a task (db/mybatis/task-count.xml), and its page can be read from
   * those links too ({@link TaskPageQuery}). Called by the count statement after {@link
   * #revokeFree}, by the page statement before it.
   */
  public static boolean offeredToGroupsOnly(Object parameter) {
    if (!(parameter instanceof TaskQueryImpl query)
        || !query.isIncludeAssignedTasks()
        || !groupFieldsAtMost(query)) {
      return false;
    }
    List<String> groups = query.getCandidateGroups();
    if (groups == null || groups.isEmpty() || !checksTheTaskItself(query)) {
      return false;
    }
    return tenantsCannotHide(query);
  }

  /**
   * True when the query lists tasks by what they are (Tasklist's filters and searches), not by a
   * task, instance or execution it names, whose few tasks the engine's indexes find at once, and
   * checks the task's own grants: the page and count of a user who sees few tasks can then start
   * from their grants ({@link TaskPageQuery#fromGrants}), with the query's criteria (and its tenant
   * check) as the engine's filter has them.
   */
  public static boolean listsManyTasks(TaskQueryImpl query) {
    return query.getTaskId() == null
        && empty(query.getTaskIdIn())
        && query.getProcessInstanceId() == null
        && empty(query.getProcessInstanceIdIn())
        && query.getExecutionId() == null
        && query.getCaseInstanceId() == null
        && query.getCaseExecutionId() == null
        && empty(query.getActivityInstanceIdIn())
        && checksTheTaskItself(query);
  }

  /**
   * True when the query asks for every task the user may see, with no criterion at all (Tasklist's
   * "기한 임박" and "전체 업무"), and no task belongs to a tenant the engine's tenant check could exclude:
   * its count can be read from the user's grants and the definitions they name, without the
   * engine's filter. Called by the count statement.
   */
  public static boolean everyVisibleTask(Object parameter) {
    // The three group fields first: most queries that are not of this shape set one of them.
    if (!(parameter instanceof TaskQueryImpl query)
        || !GROUP_CRITERIA.stream().allMatch(f -> unset(f, query))
        || !groupFieldsAtMost(query)
        || !checksTheTaskItself(query)) {
      return false;
    }
    return tenantsCannotHide(query);
  }

  /**
   * True when the engine's task filter for this query can yield a task more than once: it joins the
   * identity links for a candidate or involved criterion (in any of its "or" queries), or a table
   * for a sorting by a variable (a name may be set in several scopes of one instance). Otherwise
   * each row is a task of its own and a count needs no distinct. Expressions are evaluated into
   * these fields before the statement runs. Called by the count statement.
   */
  public static boolean mayRepeatTasks(Object parameter) {
    if (!(parameter instanceof TaskQueryImpl query)) {
      return true;
    }
    boolean sortedByRelation =
        query.getOrderingProperties().stream().anyMatch(p -> p.getRelation() != null);
    return sortedByRelation
        || query.getQueries().stream()
            .anyMatch(
                q ->
                    q.getCandidateUser() != null
                        || q.getCandidateGroup() != null
                        || q.getCandidateGroupsInternal() != null
                        || q.getCandidateGroupLike() != null
                        || q.getInvolvedUser() != null
                        || Boolean.TRUE.equals(q.isWithCandidateGroupsInternal())
                        || Boolean.TRUE.equals(q.isWithCandidateUsers()));
  }

  /**
   * True when at most one of the user's groups can hold a grant on a task for this query: one group
   * with authorizations and one check on the task itself. The grants of that group then name each
   * task once (the engine's unique index on group grants: type, group, resource type, resource), so
   * counting them counts tasks. Called by the count statement.
   */
  public static boolean oneGroupGrantPerTask(Object parameter) {
    if (!(parameter instanceof TaskQueryImpl query)) {
      return false;
    }
    AuthorizationCheck check = query.getAuthCheck();
    return check.getAuthGroupIds() != null
        && check.getAuthGroupIds().size() == 1
        && check.getPermissionChecks().getAtomicChecks().stream()
                .filter(TaskCountQuery::onTheTask)
                .count()
            == 1;
  }

  /**
   * True when a permission is a single bit, so "the grant has it" can be written as "its bit is not
   * zero". PostgreSQL estimates an unknown expression's equality to keep 0.5 % of the rows and its
   * inequality 99.5 %; nearly every grant has the bit tested, so the second is the better guess,
   * and with the first the planner took a division's 27,403 grants for a dozen.
   */
  public static boolean singleBit(int permission) {
    return Integer.bitCount(permission) == 1;
  }

  private static boolean empty(Object[] values) {
    return values == null || values.length == 0;
  }

  /** One query (no "or" queries), and no criterion set beyond the group fields. */
  private static boolean groupFieldsAtMost(TaskQueryImpl query) {
    return query.getQueries().size() == 1 && OTHER_CRITERIA.stream().allMatch(f -> unset(f, query));
  }

  private static boolean checksTheTaskItself(TaskQueryImpl query) {
    return query.getAuthCheck().getPermissionChecks().getAtomicChecks().stream()
        .anyMatch(TaskCountQuery::onTheTask);
  }

  /** A check of a grant on the task itself (not on its process definition). */
  private static boolean onTheTask(PermissionCheck check) {
    return "RES.ID_".equals(check.getResourceIdQueryParam());
  }

  private static boolean tenantsCannotHide(TaskQueryImpl query) {
    CommandContext command = Context.getCommandContext();
    return command != null
        && (!query.getTenantCheck().isTenantCheckEnabled()
            || !command.getDbEntityManager().selectBoolean(ANY_TENANT_TASK, query));
  }

  private static boolean unset(Field criterion, TaskQueryImpl query) {
    try {
      Object value = criterion.get(query);
      Object fresh = criterion.get(NEW_QUERY);
      if (value instanceof Object[] array) {
        // The engine's mapping skips an empty array (every array criterion is guarded by
        // "length > 0"), and extending a filter with Tasklist's body leaves processInstanceIdIn
        // empty.
        return array.length == 0 || Arrays.equals(array, (Object[]) fresh);
      }
      return Objects.equals(value, fresh);
    } catch (IllegalAccessException e) {
      return false;
    }
  }

  /**
   * Bound over the engine's check while its task filter SQL is included, so there is no check in
   * there; a new one each time, as the engine's checks are mutable.
   */
  public static AuthorizationCheck noCheck() {
    return new AuthorizationCheck();
  }

  /** One level of checks, any of which grants, each on a column our statement offers. */
  static boolean handles(CompositePermissionCheck checks, Set<String> columns) {
    List<PermissionCheck> atomic = checks == null ? null : checks.getAtomicChecks();
    if (atomic == null
        || atomic.isEmpty()
        || (atomic.size() > 1 && !checks.isDisjunctive())
        || (checks.getCompositeChecks() != null && !checks.getCompositeChecks().isEmpty())) {
      return false;
    }
    return atomic.stream()
        .allMatch(
            c ->
                columns.contains(c.getResourceIdQueryParam())
                    && c.getResourceId() == null
                    && c.getAuthorizationNotFoundReturnValue() == null);
  }
}
