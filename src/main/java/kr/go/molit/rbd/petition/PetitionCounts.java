package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the petitions the caller may see by region, open or not, and result: for a caller who may
 * read the history of every petition, one grouped statement over the engine's history; for anyone
 * else, their petitions as the engine lists them to them, five hundred at a time, with their region
 * and result. Either way the engine's permissions decide what is counted.
 */
@Component
class PetitionCounts {

  /** The petitions of one region, open or not, with one result (null: none yet, or never). */
  record Count(String region, boolean open, String outcome, int petitions) {}

  /**
   * What the caller may count. {@code everyPetition}: the caller may read every petition's history.
   * {@code overdueByRegion}: the open petitions with a step past its due date, by region.
   */
  record Counted(boolean everyPetition, List<Count> counts, Map<String, Integer> overdueByRegion) {}

  /**
   * Petitions read at once on the engine's way: their two variables, with room for a second row of
   * each, stay within the engine's row limit ({@link PetitionStatus#MOST_ROWS}).
   */
  static final int PAGE = 500;

  private static final String GROUPED =
      """
      SELECT r.text_ AS region, o.text_ AS outcome,
             CASE WHEN p.end_time_ IS NULL THEN 1 ELSE 0 END AS open_, COUNT(*) AS petitions
      FROM act_hi_procinst p
      LEFT JOIN act_hi_varinst r ON r.proc_inst_id_ = p.id_ AND r.execution_id_ = p.id_
        AND r.task_id_ IS NULL AND r.name_ = :region
      LEFT JOIN act_hi_varinst o ON o.proc_inst_id_ = p.id_ AND o.execution_id_ = p.id_
        AND o.task_id_ IS NULL AND o.name_ = :outcome
      WHERE p.proc_def_key_ = :key AND p.business_key_ LIKE :numbers
      GROUP BY r.text_, o.text_, CASE WHEN p.end_time_ IS NULL THEN 1 ELSE 0 END
      """;

  private final ProcessEngine engine;
  private final HistoryService history;
  private final IdentityService identity;
  private final PetitionStatus status;
  private final JdbcClient jdbc;
  private final String numberPrefix;

  PetitionCounts(
      ProcessEngine engine, PetitionStatus status, JdbcClient jdbc, PetitionProperties properties) {
    this.engine = engine;
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
    this.status = status;
    this.jdbc = jdbc;
    this.numberPrefix = properties.numberPrefix();
  }

  /** The caller's petitions of one year (by the number's year; null: every year), counted. */
  Counted count(Integer year) {
    boolean every = mayReadEveryPetition();
    List<Count> counts = every ? grouped(year) : listed(year);
    Map<String, Integer> overdue = new HashMap<>();
    List<String> late = new ArrayList<>(status.overdue());
    for (int first = 0; first < late.size(); first += PAGE) {
      status
          .variables(
              late.subList(first, Math.min(late.size(), first + PAGE)),
              List.of(REGION_CODE, PETITION_NUMBER))
          .values()
          .stream()
          .filter(v -> year == null || inYear(v.get(PETITION_NUMBER), year))
          .forEach(v -> overdue.merge(region(v.get(REGION_CODE)), 1, Integer::sum));
    }
    return new Counted(every, counts, overdue);
  }

  /**
   * Whether the caller may read every petition's history: a grant on the process definition (or all
   * of them), or membership of the engine's administrators, who are never checked.
   */
  private boolean mayReadEveryPetition() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || !engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return true;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (configuration.getAdminUsers().contains(caller.getUserId())
        || groups.stream().anyMatch(configuration.getAdminGroups()::contains)) {
      return true;
    }
    return engine
        .getAuthorizationService()
        .isUserAuthorized(
            caller.getUserId(),
            groups,
            Permissions.READ_HISTORY,
            Resources.PROCESS_DEFINITION,
            PROCESS_KEY);
  }

  private List<Count> grouped(Integer year) {
    return jdbc.sql(GROUPED)
        .param("region", REGION_CODE)
        .param("outcome", PETITION_OUTCOME)
        .param("key", PROCESS_KEY)
        .param("numbers", numbers(year))
        .query(
            (row, i) ->
                new Count(
                    row.getString("region"),
                    row.getInt("open_") == 1,
                    row.getString("outcome"),
                    row.getInt("petitions")))
        .list();
  }

  private List<Count> listed(Integer year) {
    HistoricProcessInstanceQuery query =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKeyLike(numbers(year))
            .orderByProcessInstanceId()
            .asc();
    Map<Count, Integer> tally = new HashMap<>();
    for (int first = 0; ; first += PAGE) {
      List<HistoricProcessInstance> page = query.listPage(first, PAGE);
      if (page.isEmpty()) {
        break;
      }
      Map<String, Map<String, Object>> variables =
          status.variables(
              page.stream().map(HistoricProcessInstance::getId).toList(),
              List.of(REGION_CODE, PETITION_OUTCOME));
      for (HistoricProcessInstance instance : page) {
        Map<String, Object> v = variables.getOrDefault(instance.getId(), Map.of());
        Count key =
            new Count(
                (String) v.get(REGION_CODE),
                instance.getEndTime() == null,
                (String) v.get(PETITION_OUTCOME),
                0);
        tally.merge(key, 1, Integer::sum);
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    List<Count> counts = new ArrayList<>();
    tally.forEach((k, n) -> counts.add(new Count(k.region(), k.open(), k.outcome(), n)));
    return counts;
  }

  /** The pattern of the numbers of one year's petitions, or of every petition. */
  private String numbers(Integer year) {
    return numberPrefix + "-" + (year == null ? "" : year + "-") + "%";
  }

  private static String region(Object code) {
    return code == null ? "" : (String) code;
  }

  private boolean inYear(Object number, int year) {
    return number instanceof String n && n.startsWith(numbers(year).replace("%", ""));
  }
}
