package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.OnPostgres;
import org.apache.ibatis.session.SqlSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A statement bound to be planned at every execution ({@link CustomPlans}) is sent unprepared
 * however often it runs on a connection, so PostgreSQL plans it with its values each time, while
 * any other is prepared on the server after five executions, as the driver does for every
 * statement. Counted in {@code pg_prepared_statements}, which lists the server-prepared statements
 * of the connection that asks; every execution here runs in one command, on one connection.
 */
@OnPostgres
class CustomPlansOnPostgresIT {

  private static final String MAPPER = "db/mybatis/custom-plans-test.xml";
  private static final String NAMESPACE = "kr.go.molit.rbd.database.customplanstest.";
  private static final int EXECUTIONS = 8;

  /**
   * The engine's condition on a process variable of the task's instance, and on a variable of the
   * task.
   */
  private static final String PROCESS_VARIABLE_CONDITION =
      "TASK_ID_ is null and RES.PROC_INST_ID_ = PROC_INST_ID_";

  private static final String TASK_VARIABLE_CONDITION = "and RES.ID_ = TASK_ID_";

  @Autowired ProcessEngine engine;

  @Test
  void aMarkedStatementIsNeverPreparedOnTheServerAndAnUnmarkedOneIs() {
    EngineStatements.load(
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(),
        MAPPER,
        NAMESPACE + "marked");
    List<String> prepared =
        preparedAfterEachRun(
            i -> {
              // Other values each time: MyBatis answers a repeated statement and value from its
              // session cache.
              SqlSession session = Context.getCommandContext().getDbSqlSession().getSqlSession();
              session.selectOne(NAMESPACE + "marked", "no-such-task-" + i);
              session.selectOne(NAMESPACE + "unmarked", "no-such-task-" + i);
            });
    assertThat(prepared)
        .anyMatch(sql -> sql.contains("'unmarked' = 'unmarked'"))
        .noneMatch(sql -> sql.contains("'marked' = 'marked'"));
  }

  @Test
  void aDivisionsCountOfEveryTaskItMaySeeIsPlannedAtEveryExecution() {
    // A division's officer with a thousand task grants of their own (of tasks that are gone): the
    // count of every task they may see reads the grants' tasks (task-count.xml), planned each time.
    List<String> prepared =
        withThousandTaskGrants(
            () ->
                preparedAfterEachRun(
                    "land-policy.officer",
                    i -> {
                      engine.getTaskService().createTaskQuery().count();
                      // The same count again would be answered from MyBatis's session cache.
                      Context.getCommandContext().getDbSqlSession().getSqlSession().clearCache();
                    }));
    // The count's check for revoking grants, not bound, runs with each count on the same
    // connection.
    assertThat(prepared)
        .as("the connection's server-prepared statements")
        .anyMatch(sql -> sql.contains("where A.TYPE_ = 2"))
        .noneMatch(sql -> sql.contains("select count(*) from ACT_RU_TASK RES where RES.ID_ in"));
  }

  @Test
  void aTasklistSearchByAVariableIsPlannedAtEveryExecution() {
    // A division's officer who sees more tasks than a few grants show (a thousand of them): the
    // search runs the engine's filter, page and count.
    List<String> prepared =
        withThousandTaskGrants(
            () ->
                preparedAfterEachRun(
                    "land-policy.officer",
                    i -> {
                      // Other values each time: MyBatis answers a repeated statement and value from
                      // its session cache.
                      // The engine's task query searching by a task's name (no variable): prepared
                      // as usual.
                      engine
                          .getTaskService()
                          .createTaskQuery()
                          .taskCandidateGroup("division-land-policy")
                          .taskNameLike("%검토" + i + "%")
                          .listPage(0, 15);
                      // The same statement searching by a petition's number, and a count searching
                      // by either of
                      // two variables ("or"): planned at every execution.
                      engine
                          .getTaskService()
                          .createTaskQuery()
                          .taskCandidateGroup("division-land-policy")
                          .processVariableValueEquals("petitionNumber", "RP-2026-9" + i)
                          .listPage(0, 15);
                      engine
                          .getTaskService()
                          .createTaskQuery()
                          .taskCandidateGroup("division-land-policy")
                          .or()
                          .processVariableValueLike("title", "%도로" + i + "%")
                          .processVariableValueEquals("regionName", "부산광역시")
                          .endOr()
                          .count();
                    }));
    assertThat(prepared)
        .as("the connection's server-prepared statements")
        .anyMatch(sql -> sql.contains("UPPER(RES.NAME_) like"))
        .noneMatch(sql -> sql.contains(PROCESS_VARIABLE_CONDITION));
  }

  @Test
  void aSearchReadFromARegionOfficialsFewGrantsKeepsItsPreparedPlan() {
    List<String> prepared =
        preparedAfterEachRun(
            "busan.official",
            i -> {
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .taskVariableValueEquals("petitionNumber", "RP-2026-9" + i)
                  .listPage(0, 15);
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .taskVariableValueEquals("petitionNumber", "RP-2026-8" + i)
                  .count();
            });
    // The page and the count from the official's task grants (TaskPageQuery.fromGrants), variable
    // condition included: prepared as usual, each runs in well under a millisecond.
    assertThat(prepared)
        .as("the connection's server-prepared statements")
        .filteredOn(sql -> sql.contains(TASK_VARIABLE_CONDITION))
        .hasSize(2);
  }

  /**
   * Runs {@code run} {@value #EXECUTIONS} times as the user in one command; the connection's
   * prepared statements.
   */
  private List<String> preparedAfterEachRun(String user, IntConsumer run) {
    return new Officials(engine).as(user, () -> preparedAfterEachRun(run));
  }

  /**
   * Runs {@code run} {@value #EXECUTIONS} times in one command; the connection's prepared
   * statements.
   */
  private List<String> preparedAfterEachRun(IntConsumer run) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            command -> {
              for (int i = 0; i < EXECUTIONS; i++) {
                run.accept(i);
              }
              return preparedOnTheServer(command);
            });
  }

  /**
   * A thousand task grants of land-policy.officer's own, of tasks that are gone, while {@code run}
   * runs.
   */
  private <T> T withThousandTaskGrants(Supplier<T> run) {
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
      return run.get();
    } finally {
      grants.forEach(authorizations::deleteAuthorization);
    }
  }

  /**
   * The statements prepared on the server for the command's connection, white space runs made one
   * space.
   */
  private static List<String> preparedOnTheServer(CommandContext command) {
    Connection connection = command.getDbSqlSession().getSqlSession().getConnection();
    List<String> statements = new ArrayList<>();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery("select statement from pg_prepared_statements where not from_sql")) {
      while (rows.next()) {
        statements.add(rows.getString(1).replaceAll("\\s+", " "));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return statements;
  }
}
