package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Counts the petitions the caller may see by region, category, open or not, and result. A caller
 * who may read every petition's history gets one grouped statement over all of them; anyone else,
 * the same statement over the petitions they hold a grant on, as the engine would decide it while
 * nothing in the database could revoke ({@link GroupedPetitionCounts}); and should anything revoke,
 * their petitions as the engine lists them to them, three hundred at a time, with their region,
 * category and result.
 */
@Component
class PetitionCounts {

  /**
   * The petitions of one region and category (null: the variable is missing), open or not, with one
   * result (null: none yet, or never).
   */
  record Count(String region, String category, boolean open, String outcome, int petitions) {}

  /**
   * What the caller may count. {@code everyPetition}: the caller may read every petition's history.
   * {@code overdue}: the open petitions with a step past its due date, by region and category
   * (open, without a result).
   */
  record Counted(boolean everyPetition, List<Count> counts, List<Count> overdue) {}

  /**
   * Petitions read at once on the engine's way: their three variables, with room for a second row
   * of each, stay within the engine's row limit ({@link PetitionStatus#MOST_ROWS}).
   */
  static final int PAGE = 300;

  private final ProcessEngineConfigurationImpl configuration;
  private final HistoryService history;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final PetitionStatus status;
  private final GroupedPetitionCounts grouped;
  private final String numberPrefix;

  PetitionCounts(
      ProcessEngine engine,
      PetitionStatus status,
      GroupedPetitionCounts grouped,
      PetitionProperties properties) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
    this.authorizations = engine.getAuthorizationService();
    this.status = status;
    this.grouped = grouped;
    this.numberPrefix = properties.numberPrefix();
  }

  /** The caller's petitions of one year (by the number's year; null: every year), counted. */
  Counted count(Integer year) {
    Authentication caller = identity.getCurrentAuthentication();
    boolean every = mayReadEveryPetition(caller);
    List<Count> counts =
        every
            ? grouped.all(numbers(year))
            : grouped
                .granted(caller.getUserId(), groupsOf(caller), numbers(year))
                .orElseGet(() -> listed(year));
    Map<Count, Integer> overdue = new HashMap<>();
    List<String> late = new ArrayList<>(status.overdue());
    for (int first = 0; first < late.size(); first += PAGE) {
      status
          .variables(
              late.subList(first, Math.min(late.size(), first + PAGE)),
              List.of(REGION_CODE, CATEGORY, PETITION_NUMBER))
          .values()
          .stream()
          .filter(v -> year == null || inYear(v.get(PETITION_NUMBER), year))
          .forEach(
              v ->
                  overdue.merge(
                      new Count(
                          (String) v.get(REGION_CODE), (String) v.get(CATEGORY), true, null, 0),
                      1,
                      Integer::sum));
    }
    return new Counted(every, counts, totals(overdue));
  }

  /**
   * Whether the engine shows the caller every petition's history: nobody signed in or no checks, an
   * administrator, READ_HISTORY on the process definition (or all of them), or READ on every
   * historic process instance.
   */
  private boolean mayReadEveryPetition(Authentication caller) {
    if (caller == null || !configuration.isAuthorizationEnabled()) {
      return true;
    }
    List<String> groups = groupsOf(caller);
    if (configuration.getAdminUsers().contains(caller.getUserId())
        || groups.stream().anyMatch(configuration.getAdminGroups()::contains)) {
      return true;
    }
    return authorizations.isUserAuthorized(
            caller.getUserId(),
            groups,
            Permissions.READ_HISTORY,
            Resources.PROCESS_DEFINITION,
            PROCESS_KEY)
        || authorizations.isUserAuthorized(
            caller.getUserId(),
            groups,
            HistoricProcessInstancePermissions.READ,
            Resources.HISTORIC_PROCESS_INSTANCE,
            Authorization.ANY);
  }

  private static List<String> groupsOf(Authentication caller) {
    return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
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
              List.of(REGION_CODE, CATEGORY, PETITION_OUTCOME));
      for (HistoricProcessInstance instance : page) {
        Map<String, Object> v = variables.getOrDefault(instance.getId(), Map.of());
        Count key =
            new Count(
                (String) v.get(REGION_CODE),
                (String) v.get(CATEGORY),
                instance.getEndTime() == null,
                (String) v.get(PETITION_OUTCOME),
                0);
        tally.merge(key, 1, Integer::sum);
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    return totals(tally);
  }

  /** Each group's count, from a tally of groups (with no count of their own) to their petitions. */
  private static List<Count> totals(Map<Count, Integer> tally) {
    List<Count> counts = new ArrayList<>();
    tally.forEach(
        (k, n) -> counts.add(new Count(k.region(), k.category(), k.open(), k.outcome(), n)));
    return counts;
  }

  /** The pattern of the numbers of one year's petitions, or of every petition. */
  private String numbers(Integer year) {
    return PetitionNumbers.start(numberPrefix, year) + "%";
  }

  private boolean inYear(Object number, int year) {
    return number instanceof String n && n.startsWith(PetitionNumbers.start(numberPrefix, year));
  }
}
