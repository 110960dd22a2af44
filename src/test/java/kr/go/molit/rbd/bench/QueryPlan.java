package kr.go.molit.rbd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's plans of the SQL the engine issues for a division's Tasklist filter (the page of 15,
 * newest first, and the count), written to {@code target/bench-plan-<label>.txt} so index and
 * setting choices rest on plans, not guesses. The SQL is rendered by the engine's own MyBatis
 * statements for that official (authorization check included), with the parameters inlined, so it
 * stays what the engine runs whatever the settings.
 */
final class QueryPlan {

  private QueryPlan() {}

  static void write(
      ProcessEngine engine, JdbcTemplate jdbc, String filterId, String user, String label) {
    List<String> out = new ArrayList<>();
    for (String statement :
        List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria")) {
      String sql = render(engine, filterId, user, statement);
      out.add("-- " + statement + " as " + user);
      out.add(sql);
      out.addAll(jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + sql, String.class));
      out.add("");
    }
    try {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "bench-plan-" + label + ".txt"), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The engine's SQL for the filter's query as Tasklist runs it (first 15, newest first). */
  static String render(ProcessEngine engine, String filterId, String user, String statement) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> groups =
        engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(org.camunda.bpm.engine.identity.Group::getId)
            .toList();
    Filter filter = engine.getFilterService().getFilter(filterId);
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return configuration
          .getCommandExecutorTxRequired()
          .execute(
              (CommandContext context) -> {
                TaskQueryImpl query = filter.getQuery();
                query.setFirstResult(0);
                query.setMaxResults(15);
                context.getAuthorizationManager().configureTaskQuery(query);
                context.getTenantManager().configureQuery(query);
                Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
                MappedStatement mapped =
                    mybatis.getMappedStatement(
                        configuration.getDbSqlSessionFactory().mapStatement(statement));
                BoundSql bound = mapped.getBoundSql(query);
                return inline(mybatis, bound, query);
              });
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static String inline(Configuration mybatis, BoundSql bound, Object parameter) {
    MetaObject meta = mybatis.newMetaObject(parameter);
    StringBuilder sql = new StringBuilder();
    String text = bound.getSql();
    int next = 0;
    for (ParameterMapping mapping : bound.getParameterMappings()) {
      int mark = text.indexOf('?', next);
      String property = mapping.getProperty();
      Object value =
          bound.hasAdditionalParameter(property)
              ? bound.getAdditionalParameter(property)
              : meta.getValue(property);
      sql.append(text, next, mark).append(literal(value));
      next = mark + 1;
    }
    return sql.append(text.substring(next)).toString().replaceAll("\\s+", " ").strip();
  }

  private static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Date date) {
      return "'" + DateTimeFormatter.ISO_INSTANT.format(date.toInstant()) + "'";
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }
}
