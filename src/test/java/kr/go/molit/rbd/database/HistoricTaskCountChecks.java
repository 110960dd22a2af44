package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.support.Petitions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Our historic task count answers what the engine's historic task list shows, for every user of the
 * directory and the counts Cockpit's dashboard asks for (and a few more); with no revoke in the
 * database (our statement's hashed grants) and with one (the engine's statement). The list
 * statement is the engine's own, untouched: it is the reference.
 */
abstract class HistoricTaskCountChecks {

  @Autowired ProcessEngine engine;

  private final List<String> created = new ArrayList<>();
  private Officials officials;

  /**
   * Petitions at the council's completeness check, at their division reviews (one review claimed,
   * one completed), so there are finished, assigned and unassigned historic tasks of several
   * regions.
   */
  @BeforeEach
  void petitions() {
    officials = new Officials(engine);
    created.add(officials.submit("daegu.official", Petitions.form("이력 집계 도로", "road")).getId());
    ProcessInstance railway =
        officials.forwardedToDivisions("busan.official", Petitions.form("이력 집계 철도", "railway"));
    created.add(railway.getId());
    created.add(
        officials
            .forwardedToDivisions(
                "jeju.official", Petitions.form("이력 집계 혁신도시", "innovation-cities"))
            .getId());
    officials.complete(
        "railway-policy.officer",
        railway,
        "division-review",
        Map.of(
            "divisionOpinion",
            "accept",
            "divisionRationale",
            "타당함",
            "consultMinistries",
            List.of(),
            "adviceGroupsRequested",
            List.of()));
    officials.as(
        "railway-construction.officer",
        () -> {
          String task =
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processInstanceId(railway.getId())
                  .taskDefinitionKey("division-review")
                  .singleResult()
                  .getId();
          engine.getTaskService().claim(task, "railway-construction.officer");
          return null;
        });
  }

  @AfterEach
  void removePetitions() {
    created.forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test"));
  }

  @Test
  void theEngineStatementNameLeadsToOurs() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(
            configuration
                .getDbSqlSessionFactory()
                .mapStatement(HistoricTaskCountQuery.ENGINE_STATEMENT))
        .isEqualTo(HistoricTaskCountQuery.OUR_STATEMENT);
  }

  @Test
  void everyUserCountsWhatTheirListsShow() {
    assertThat(usesOurStatement("ops.operator")).isTrue();
    assertThat(usesOurStatement("busan.official")).isTrue();
    int compared = compareForEveryone();
    assertThat(compared).isGreaterThan(100);
    // Not a vacuous comparison: users see different parts of the history.
    assertThat(officials.as("busan.official", () -> query().count()))
        .isPositive()
        .isLessThan(officials.as("ops.operator", () -> query().count()));
  }

  @Test
  void withARevokeTheEngineDecidesAndAgrees() {
    String task =
        engine
            .getHistoryService()
            .createHistoricTaskInstanceQuery()
            .processInstanceId(created.get(1))
            .finished()
            .list()
            .get(0)
            .getId();
    CountsAgainstLists.whileRevoked(
        engine,
        "busan.official",
        Resources.HISTORIC_TASK,
        task,
        HistoricTaskPermissions.READ,
        () -> {
          assertThat(usesOurStatement("busan.official")).isFalse();
          assertThat(compareForEveryone()).isGreaterThan(100);
        });
    assertThat(usesOurStatement("busan.official")).isTrue();
  }

  private HistoricTaskInstanceQuery query() {
    return engine.getHistoryService().createHistoricTaskInstanceQuery();
  }

  private int compareForEveryone() {
    List<Supplier<HistoricTaskInstanceQuery>> queries =
        List.of(
            () -> query(),
            () -> query().unfinished(),
            () -> query().unfinished().taskAssigned(),
            () -> query().unfinished().taskUnassigned().withCandidateGroups(),
            () -> query().unfinished().taskUnassigned().withoutCandidateGroups(),
            () -> query().finished(),
            () -> query().processInstanceId(created.get(1)),
            () -> query().taskDefinitionKey("division-review").orderByTaskName().asc());
    int compared = 0;
    for (User user : engine.getIdentityService().createUserQuery().list()) {
      compared += CountsAgainstLists.compare(officials, user.getId(), queries);
    }
    return compared;
  }

  /** Whether this user's historic task counts run our statement (no revoke, a check we handle). */
  private boolean usesOurStatement(String userId) {
    return officials.inCommand(
        userId,
        command -> {
          HistoricTaskInstanceQueryImpl query =
              (HistoricTaskInstanceQueryImpl) query().unfinished();
          command.getAuthorizationManager().configureHistoricTaskInstanceQuery(query);
          return HistoricTaskCountQuery.revokeFree(query);
        });
  }
}
