package kr.go.molit.rbd.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.session.ResultHandler;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.postgresql.PGStatement;
import org.springframework.stereotype.Component;

/**
 * Statements planned by PostgreSQL at every execution, with the values of their parameters: those
 * whose SQL was written with {@code <bind name="rbdPlanEachExecution" value="..."/>} evaluating to
 * true ({@value #BINDING}; MyBatis hands a statement's bound values to its statement handler).
 *
 * <p>The JDBC driver prepares a statement on the server once it has run five times on a connection;
 * from then on PostgreSQL may use a generic plan, made without the parameters' values. For the
 * engine's statements that is what we want (no planning per execution). Where the best plan depends
 * on the values it is not:
 *
 * <ul>
 *   <li>a division's count of every task it may see: a division's grants are 27,403 of the table's
 *       rows, but the generic plan estimates any one group's share (2,300), and probes the task of
 *       each grant (50 ms) instead of merging the grants with the task index (24 ms, planning
 *       included);
 *   <li>Tasklist's searches (a petition's number, its region, words of its title): the engine's
 *       task query with a variable's name and value as parameters. Its generic plans took 350-900
 *       ms at 100,000 open petitions where plans made with the values took 90-550 ms
 *       (docs/performance.md, fifteenth round). A few milliseconds of planning for the engine's
 *       large statement are little beside that; a search read from a region official's few grants
 *       takes well under a millisecond to run, so it keeps its generic plan.
 * </ul>
 *
 * Such a statement is sent unprepared (the driver's prepare threshold 0 for that statement alone),
 * so each execution gets a custom plan. Other statements and other databases are left as they are.
 */
@Component
public class CustomPlans extends AbstractProcessEnginePlugin implements Interceptor {

  /** The name of the value a statement binds true to be planned at every execution. */
  public static final String BINDING = "rbdPlanEachExecution";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(this);
  }

  /**
   * Every statement handler MyBatis makes passes here; only one of a statement so bound is wrapped.
   */
  @Override
  public Object plugin(Object target) {
    if (target instanceof StatementHandler handler && plannedEachExecution(handler.getBoundSql())) {
      return new CustomPlanStatement(handler);
    }
    return target;
  }

  /** Not used: {@link #plugin} wraps without MyBatis's reflective proxies. */
  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    return invocation.proceed();
  }

  /** True when the statement bound {@value #BINDING} to true while MyBatis wrote its SQL. */
  static boolean plannedEachExecution(BoundSql sql) {
    return sql.hasAdditionalParameter(BINDING)
        && Boolean.TRUE.equals(sql.getAdditionalParameter(BINDING));
  }

  /**
   * True for a task query with a condition on a variable's value, in itself or an "or" query; a
   * sorting by a variable is no condition. Bound by the task count and page statements where they
   * run the engine's filter (db/mybatis/task-count.xml).
   */
  public static boolean searchesByVariable(Object parameter) {
    return parameter instanceof TaskQueryImpl query
        && query.getQueries().stream()
            .anyMatch(q -> q.getVariables() != null && !q.getVariables().isEmpty());
  }

  /** Makes the driver send the statement unprepared, so the server plans it with its values. */
  static void planEachExecution(Statement statement) throws SQLException {
    if (statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
  }

  /**
   * A statement handler that, once MyBatis has prepared the statement, asks for a plan per
   * execution.
   */
  private record CustomPlanStatement(StatementHandler handler) implements StatementHandler {

    @Override
    public Statement prepare(Connection connection, Integer transactionTimeout)
        throws SQLException {
      Statement statement = handler.prepare(connection, transactionTimeout);
      planEachExecution(statement);
      return statement;
    }

    @Override
    public void parameterize(Statement statement) throws SQLException {
      handler.parameterize(statement);
    }

    @Override
    public void batch(Statement statement) throws SQLException {
      handler.batch(statement);
    }

    @Override
    public int update(Statement statement) throws SQLException {
      return handler.update(statement);
    }

    @Override
    public <E> List<E> query(Statement statement, ResultHandler resultHandler) throws SQLException {
      return handler.query(statement, resultHandler);
    }

    @Override
    public <E> Cursor<E> queryCursor(Statement statement) throws SQLException {
      return handler.queryCursor(statement);
    }

    @Override
    public BoundSql getBoundSql() {
      return handler.getBoundSql();
    }

    @Override
    public ParameterHandler getParameterHandler() {
      return handler.getParameterHandler();
    }
  }
}
