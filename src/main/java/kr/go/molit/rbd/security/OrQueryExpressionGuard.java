package kr.go.molit.rbd.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;

/**
 * Refuses task queries whose {@code or()} branches carry expressions. Camunda 7.24 checks only the
 * top level of a query against {@code enable-expressions-in-adhoc-queries} and {@code
 * enable-expressions-in-stored-queries}, yet evaluates the expressions of every branch, so any
 * signed-in user could run JUEL (and through it any Spring bean) on the server. Standing among the
 * engine's command interceptors, inside the command context, it sees every caller alike: engine
 * REST, the webapps' REST mount and the Java API.
 */
class OrQueryExpressionGuard extends CommandInterceptor {

  static final String ERROR_CODE = "EXPRESSION_IN_QUERY";
  static final String MESSAGE = ERROR_CODE + ": 조회 조건에는 표현식(${...}, #{...})을 쓸 수 없습니다.";

  @Override
  public <T> T execute(Command<T> command) {
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    if (command instanceof TaskQueryImpl adhoc && !engine.isEnableExpressionsInAdhocQueries()) {
      refuseExpressionsInBranches(adhoc);
    } else if (!engine.isEnableExpressionsInStoredQueries()) {
      if (command instanceof AbstractExecuteFilterCmd execution) {
        refuseExpressionsInBranches(effectiveFilterQuery(execution));
      } else if (command instanceof SaveFilterCmd save) {
        Filter filter = (Filter) field(save, SaveFilterCmd.class, "filter");
        refuseExpressionsInBranches(filter == null ? null : filter.getQuery());
      }
    }
    return next.execute(command);
  }

  private static Query<?, ?> effectiveFilterQuery(AbstractExecuteFilterCmd execution) {
    String filterId = (String) field(execution, AbstractExecuteFilterCmd.class, "filterId");
    Query<?, ?> extending =
        (Query<?, ?>) field(execution, AbstractExecuteFilterCmd.class, "extendingQuery");
    refuseExpressionsInBranches(extending);
    FilterEntity stored =
        filterId == null
            ? null
            : Context.getCommandContext()
                .getDbEntityManager()
                .selectById(FilterEntity.class, filterId);
    if (stored == null) {
      return null; // the command itself reports the missing filter
    }
    return extending == null ? stored.getQuery() : stored.extend(extending).getQuery();
  }

  private static void refuseExpressionsInBranches(Query<?, ?> query) {
    if (query instanceof TaskQueryImpl task && branchesCarryExpressions(task)) {
      throw new BadUserRequestException(MESSAGE);
    }
  }

  private static boolean branchesCarryExpressions(TaskQueryImpl query) {
    List<TaskQueryImpl> branches = new ArrayList<>(query.getQueries());
    branches.remove(query);
    return branches.stream().anyMatch(branch -> !branch.getExpressions().isEmpty());
  }

  /** The engine keeps what a command works on in protected fields, with no getter. */
  private static Object field(Object owner, Class<?> declaring, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(owner);
    } catch (ReflectiveOperationException engineChanged) {
      throw new IllegalStateException(
          "Camunda changed " + declaring.getName() + "." + name, engineChanged);
    }
  }
}
