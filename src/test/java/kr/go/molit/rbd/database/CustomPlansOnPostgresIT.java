package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import kr.go.molit.rbd.OnPostgres;
import kr.go.molit.rbd.Officials;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A statement marked for custom plans is sent unprepared however often it runs on a connection, so
 * PostgreSQL plans it with its values each time, while an unmarked one is prepared on the server
 * after five executions, as the driver does for every other statement. Counted in
 * {@code pg_prepared_statements}, which lists the server-prepared statements of the connection that
 * asks; every execution here runs in one command, on one connection.
 */
@OnPostgres
class CustomPlansOnPostgresIT {

  private static final String MAPPER = "db/mybatis/custom-plans-test.xml";
  private static final String NAMESPACE = "kr.go.molit.rbd.database.customplanstest.";
  private static final int EXECUTIONS = 8;

  @Autowired ProcessEngine engine;

  @Test
  void aMarkedStatementIsNeverPreparedOnTheServerAndAnUnmarkedOneIs() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    EngineStatements.load(configuration, MAPPER, NAMESPACE + "marked");
    List<String> prepared = configuration.getCommandExecutorTxRequired().execute(command -> {
      for (int i = 0; i < EXECUTIONS; i++) {
        // Other values each time: MyBatis answers a repeated statement and value from its session cache.
        command.getDbSqlSession().getSqlSession().selectOne(NAMESPACE + "marked", "no-such-task-" + i);
        command.getDbSqlSession().getSqlSession().selectOne(NAMESPACE + "unmarked", "no-such-task-" + i);
      }
      return preparedOnTheServer(command);
    });
    assertThat(prepared).anyMatch(sql -> sql.contains("'unmarked' = 'unmarked'"))
        .noneMatch(sql -> sql.contains("'marked' = 'marked'"));
  }

  @Test
  void aDivisionsCountOfEveryTaskItMaySeeIsPlannedAtEveryExecution() {
    // A division's officer with a thousand task grants of their own (of tasks that are gone): the
    // count of every task they may see reads the grants' tasks (task-count.xml), marked.
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<String> grants = new ArrayList<>();
    try {
      for (int i = 0; i < TaskGrants.FEW; i++) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId("land-policy.officer");
        grant.setResource(Resources.TASK);
        grant.setResourceId("custom-plan-gone-" + i);
        grant.addPermission(Permissions.READ);
        grants.add(authorizations.saveAuthorization(grant).getId());
      }
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      List<String> prepared = new Officials(engine).as("land-policy.officer",
          () -> configuration.getCommandExecutorTxRequired().execute(command -> {
            for (int i = 0; i < EXECUTIONS; i++) {
              engine.getTaskService().createTaskQuery().count();
              // The same count again would be answered from MyBatis's session cache.
              command.getDbSqlSession().getSqlSession().clearCache();
            }
            return preparedOnTheServer(command);
          }));
      // The count's check for revoking grants, unmarked, runs with each count on the same connection.
      assertThat(prepared).as("the connection's server-prepared statements")
          .anyMatch(sql -> sql.contains("where A.TYPE_ = 2"))
          .noneMatch(sql -> sql.contains(CustomPlans.MARKER))
          .noneMatch(sql -> sql.contains("select count(*) from ACT_RU_TASK RES where RES.ID_ in"));
    } finally {
      grants.forEach(authorizations::deleteAuthorization);
    }
  }

  private static List<String> preparedOnTheServer(CommandContext command) {
    Connection connection = command.getDbSqlSession().getSqlSession().getConnection();
    List<String> statements = new ArrayList<>();
    try (Statement query = connection.createStatement();
        ResultSet rows = query.executeQuery("select statement from pg_prepared_statements where not from_sql")) {
      while (rows.next()) {
        statements.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return statements;
  }
}
