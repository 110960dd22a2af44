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
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.postgresql.PGStatement;
import org.springframework.stereotype.Component;

/**
 * Statements of ours whose SQL starts with {@value #MARKER} are planned by PostgreSQL at every
 * execution, with the values of their parameters.
 *
 * <p>The JDBC driver prepares a statement on the server once it has run five times on a connection;
 * from then on PostgreSQL may use a generic plan, made without the parameters' values. For the engine's
 * statements that is what we want (no planning per execution). For a count whose best plan depends on
 * who asks, it is not: a division's grants are 27,403 of the table's rows, but the generic plan
 * estimates any one group's share (2,300), and probes the task of each grant (50 ms) instead of merging
 * the grants with the task index (24 ms, planning included). A marked statement is therefore sent
 * unprepared (the driver's prepare threshold 0 for that statement alone), so each execution gets a
 * custom plan. Other statements and other databases are left as they are.
 */
@Component
public class CustomPlans extends AbstractProcessEnginePlugin implements Interceptor {

  /** The comment a statement's SQL starts with (after white space) to be planned at every execution. */
  public static final String MARKER = "/* custom plan */";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(this);
  }

  /** Every statement handler MyBatis makes passes here; only a marked one is wrapped. */
  @Override
  public Object plugin(Object target) {
    if (target instanceof StatementHandler handler && marked(handler.getBoundSql().getSql())) {
      return new CustomPlanStatement(handler);
    }
    return target;
  }

  /** Not used: {@link #plugin} wraps without MyBatis's reflective proxies. */
  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    return invocation.proceed();
  }

  /** True when the SQL starts with the marker, white space before it aside. */
  static boolean marked(String sql) {
    int start = 0;
    while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
      start++;
    }
    return sql.startsWith(MARKER, start);
  }

  /** Makes the driver send the statement unprepared, so the server plans it with its values. */
  static void planEachExecution(Statement statement) throws SQLException {
    if (statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
  }

  /** A statement handler that, once MyBatis has prepared the statement, asks for a plan per execution. */
  private record CustomPlanStatement(StatementHandler handler) implements StatementHandler {

    @Override
    public Statement prepare(Connection connection, Integer transactionTimeout) throws SQLException {
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
