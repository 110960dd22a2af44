package kr.go.molit.rbd.database;

import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.springframework.stereotype.Component;

/**
 * The process instance count Cockpit's instance lists ask for, with the authorization check as
 * sub-selects the database hashes once instead of probes per instance, whenever no authorization in
 * the database could revoke ({@code db/mybatis/task-count.xml}). At 100,000 open petitions the
 * count took 0.74-1.56 s, nearly all of it the probes. Any other case runs the engine's own
 * statement.
 */
@Component
public class ProcessInstanceCountQuery extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectProcessInstanceCountByQueryCriteria";
  static final String OUR_STATEMENT =
      "kr.go.molit.rbd.database.taskcount.rbdSelectProcessInstanceCountByQueryCriteria";

  /** The engine's columns the checks name, and where our statement's derived table carries them. */
  private static final Map<String, String> CHECKED_COLUMNS =
      Map.of("RES.PROC_INST_ID_", "C.PROC_INST_ID_", "P.KEY_", "C.KEY_");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // Our statement shares the task count's mapper and its grant fragments.
    EngineStatements.replace(configuration, TaskCountQuery.MAPPER, ENGINE_STATEMENT, OUR_STATEMENT);
  }

  /**
   * True when the query checks a signed-in user's grants in the shape our statement handles and the
   * database holds nothing that could revoke them; called by the statement itself.
   */
  public static boolean revokeFree(Object parameter) {
    return parameter instanceof ProcessInstanceQueryImpl query
        && TaskCountQuery.revokeFree(query.getAuthCheck(), CHECKED_COLUMNS.keySet());
  }

  /**
   * Our statement's column for the engine's column a check names (only those revokeFree accepted).
   */
  public static String column(PermissionCheck check) {
    String column = CHECKED_COLUMNS.get(check.getResourceIdQueryParam());
    if (column == null) {
      throw new IllegalStateException("No column for " + check.getResourceIdQueryParam());
    }
    return column;
  }
}
