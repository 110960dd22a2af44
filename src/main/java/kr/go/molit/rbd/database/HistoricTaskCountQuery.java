package kr.go.molit.rbd.database;

import java.util.Set;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The historic task count Cockpit's dashboard asks for ("open human tasks": unfinished, assigned,
 * offered to groups, offered to nobody), with the authorization check as sub-selects the database
 * hashes once instead of probes per task, whenever no authorization in the database could revoke
 * ({@code db/mybatis/task-count.xml}). At 100,000 open petitions each of those counts took 1.1-1.4
 * s, nearly all of it the probes. Any other case runs the engine's own statement.
 */
@Component
public class HistoricTaskCountQuery extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectHistoricTaskInstanceCountByQueryCriteria";
  static final String OUR_STATEMENT =
      "kr.go.molit.rbd.database.taskcount.rbdSelectHistoricTaskInstanceCountByQueryCriteria";

  /** The columns of a historic task the engine's checks name: definition key, instance, task. */
  private static final Set<String> CHECKED_COLUMNS =
      Set.of("RES.PROC_DEF_KEY_", "RES.PROC_INST_ID_", "RES.ID_");

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
    return parameter instanceof HistoricTaskInstanceQueryImpl query
        && TaskCountQuery.revokeFree(query.getAuthCheck(), CHECKED_COLUMNS);
  }
}
