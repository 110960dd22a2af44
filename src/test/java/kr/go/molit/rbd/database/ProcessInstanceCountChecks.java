package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.support.Petitions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Our process instance count answers what the engine's process instance list shows, for every user
 * of the directory and the queries Cockpit's lists ask for (and a few more); with no revoke in the
 * database (our statement's hashed grants) and with one (the engine's statement). The list
 * statement is the engine's own, untouched: it is the reference.
 */
abstract class ProcessInstanceCountChecks {

  @Autowired ProcessEngine engine;

  private final List<ProcessInstance> created = new ArrayList<>();
  private Officials officials;

  /** Petitions of several regions, at the council's completeness check and at division reviews. */
  @BeforeEach
  void petitions() {
    officials = new Officials(engine);
    created.add(officials.submit("daegu.official", Petitions.form("인스턴스 집계 도로", "road")));
    created.add(
        officials.forwardedToDivisions("busan.official", Petitions.form("인스턴스 집계 철도", "railway")));
    created.add(
        officials.forwardedToDivisions(
            "jeju.official", Petitions.form("인스턴스 집계 혁신도시", "innovation-cities")));
  }

  @AfterEach
  void removePetitions() {
    created.forEach(
        instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test"));
  }

  @Test
  void theEngineStatementNameLeadsToOurs() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(
            configuration
                .getDbSqlSessionFactory()
                .mapStatement(ProcessInstanceCountQuery.ENGINE_STATEMENT))
        .isEqualTo(ProcessInstanceCountQuery.OUR_STATEMENT);
  }

  @Test
  void everyUserCountsWhatTheirListsShow() {
    assertThat(usesOurStatement("ops.operator")).isTrue();
    assertThat(usesOurStatement("busan.official")).isTrue();
    assertThat(compareForEveryone()).isGreaterThan(100);
    // Not a vacuous comparison: users see different sets of petitions.
    assertThat(officials.as("busan.official", () -> query().count()))
        .isPositive()
        .isLessThan(officials.as("ops.operator", () -> query().count()));
  }

  @Test
  void withARevokeTheEngineDecidesAndAgrees() {
    CountsAgainstLists.whileRevoked(
        engine,
        "busan.official",
        Resources.PROCESS_INSTANCE,
        created.get(1).getId(),
        Permissions.READ,
        () -> {
          assertThat(usesOurStatement("busan.official")).isFalse();
          assertThat(compareForEveryone()).isGreaterThan(100);
        });
    assertThat(usesOurStatement("busan.official")).isTrue();
  }

  private ProcessInstanceQuery query() {
    return engine.getRuntimeService().createProcessInstanceQuery();
  }

  private int compareForEveryone() {
    List<Supplier<ProcessInstanceQuery>> queries =
        List.of(
            () -> query(),
            () -> query().processDefinitionKey("regional-petition"),
            () -> query().active(),
            () -> query().activityIdIn("division-review"),
            () -> query().processInstanceBusinessKey(created.get(1).getBusinessKey()),
            () -> query().rootProcessInstances().orderByProcessInstanceId().asc());
    int compared = 0;
    for (User user : engine.getIdentityService().createUserQuery().list()) {
      compared += CountsAgainstLists.compare(officials, user.getId(), queries);
    }
    return compared;
  }

  /**
   * Whether this user's process instance counts run our statement (no revoke, a check we handle).
   */
  private boolean usesOurStatement(String userId) {
    return officials.inCommand(
        userId,
        command -> {
          ProcessInstanceQueryImpl query = (ProcessInstanceQueryImpl) query();
          command.getAuthorizationManager().configureExecutionQuery(query);
          return ProcessInstanceCountQuery.revokeFree(query);
        });
  }
}
