package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.List;
import java.util.Optional;
import kr.go.molit.rbd.database.TaskCountQuery;
import kr.go.molit.rbd.petition.PetitionCounts.Count;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link PetitionCounts}' statements: the petitions by region, category, open or not, and result,
 * grouped by the database over the engine's history, of every petition or of those the caller holds
 * a grant on. The grants are read as the engine reads them for a historic process instance (READ,
 * the caller's own, their groups' or everyone's), which decides alone only while nothing in the
 * database could revoke ({@link TaskCountQuery#couldRevoke}, the task counts' test): {@link
 * #granted} answers nothing otherwise. This server has no tenants; a tenant's petition would not be
 * counted.
 */
@Component
class GroupedPetitionCounts {

  private static final String SELECT =
      """
      SELECT r.text_ AS region, c.text_ AS category, o.text_ AS outcome,
             CASE WHEN p.end_time_ IS NULL THEN 1 ELSE 0 END AS open_, COUNT(*) AS petitions
      FROM act_hi_procinst p
      LEFT JOIN act_hi_varinst r ON r.proc_inst_id_ = p.id_ AND r.execution_id_ = p.id_
        AND r.task_id_ IS NULL AND r.name_ = :region
      LEFT JOIN act_hi_varinst c ON c.proc_inst_id_ = p.id_ AND c.execution_id_ = p.id_
        AND c.task_id_ IS NULL AND c.name_ = :category
      LEFT JOIN act_hi_varinst o ON o.proc_inst_id_ = p.id_ AND o.execution_id_ = p.id_
        AND o.task_id_ IS NULL AND o.name_ = :outcome
      WHERE p.proc_def_key_ = :key AND p.business_key_ LIKE :numbers AND p.tenant_id_ IS NULL
      %s
      GROUP BY r.text_, c.text_, o.text_, CASE WHEN p.end_time_ IS NULL THEN 1 ELSE 0 END
      """;

  /** The petitions the caller, a group of theirs or everyone holds READ on. */
  private static final String GRANTED =
      """
      AND p.id_ IN (SELECT a.resource_id_ FROM act_ru_authorization a
        WHERE a.resource_type_ = :instances AND %s = :read
          AND (a.type_ = 0 OR a.type_ = 1 AND (a.user_id_ = :user%s)))
      """;

  private final JdbcClient jdbc;
  private final ProcessEngineConfigurationImpl configuration;

  GroupedPetitionCounts(JdbcClient jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** Every petition whose number matches {@code numbers}. */
  List<Count> all(String numbers) {
    return counts(jdbc.sql(SELECT.formatted("")), numbers).list();
  }

  /**
   * The petitions whose number matches {@code numbers} that the user, one of the groups or everyone
   * holds READ on; nothing when an authorization in the database could revoke one.
   */
  Optional<List<Count>> granted(String user, List<String> groups, String numbers) {
    if (configuration
        .getCommandExecutorTxRequired()
        .execute(context -> TaskCountQuery.couldRevoke(petitionCheck()))) {
      return Optional.empty();
    }
    String granted =
        GRANTED.formatted(bits(":read"), groups.isEmpty() ? "" : " OR a.group_id_ IN (:groups)");
    JdbcClient.StatementSpec statement =
        jdbc.sql(SELECT.formatted(granted))
            .param("instances", Resources.HISTORIC_PROCESS_INSTANCE.resourceType())
            .param("read", HistoricProcessInstancePermissions.READ.getValue())
            .param("user", user);
    if (!groups.isEmpty()) {
      statement = statement.param("groups", groups);
    }
    return Optional.of(counts(statement, numbers).list());
  }

  private static JdbcClient.MappedQuerySpec<Count> counts(
      JdbcClient.StatementSpec statement, String numbers) {
    return statement
        .param("region", REGION_CODE)
        .param("category", CATEGORY)
        .param("outcome", PETITION_OUTCOME)
        .param("key", PROCESS_KEY)
        .param("numbers", numbers)
        .query(
            (row, i) ->
                new Count(
                    row.getString("region"),
                    row.getString("category"),
                    row.getInt("open_") == 1,
                    row.getString("outcome"),
                    row.getInt("petitions")));
  }

  /**
   * The engine's check of a historic process instance, its definition's grant or its own; built
   * inside a command, as the engine's builder asks.
   */
  private static AuthorizationCheck petitionCheck() {
    AuthorizationCheck check = new AuthorizationCheck();
    check.setPermissionChecks(
        new PermissionCheckBuilder()
            .disjunctive()
            .atomicCheck(
                Resources.PROCESS_DEFINITION, "RES.PROC_DEF_KEY_", Permissions.READ_HISTORY)
            .atomicCheck(
                Resources.HISTORIC_PROCESS_INSTANCE,
                "RES.ID_",
                HistoricProcessInstancePermissions.READ)
            .build());
    return check;
  }

  /** The permission bits an authorization holds of a parameter's, as the engine writes it here. */
  private String bits(String parameter) {
    String type = configuration.getDatabaseType();
    return DbSqlSessionFactory.databaseSpecificBitAnd1.get(type)
        + "a.perms_"
        + DbSqlSessionFactory.databaseSpecificBitAnd2.get(type)
        + parameter
        + DbSqlSessionFactory.databaseSpecificBitAnd3.get(type);
  }
}
