package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.apache.ibatis.session.SqlSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Our index walk answers exactly what the engine's own {@code selectAuthorizedGroupIds} would, and
 * the engine uses it: a group that gets its first grant is seen by the next command.
 */
abstract class AuthorizedGroupIdsChecks {

  private static final String ENGINE_ORIGINAL =
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizedGroupIds";

  @Autowired ProcessEngine engine;

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private List<String> run(String statement) {
    try (SqlSession session = configuration().getSqlSessionFactory().openSession()) {
      return session.<String>selectList(statement).stream()
          .filter(Objects::nonNull)
          .sorted()
          .toList();
    }
  }

  @Test
  void theEngineStatementNameLeadsToOurs() {
    assertThat(
            configuration()
                .getDbSqlSessionFactory()
                .mapStatement(AuthorizedGroupIdsQuery.ENGINE_STATEMENT))
        .isEqualTo(AuthorizedGroupIdsQuery.OUR_STATEMENT);
  }

  @Test
  void answersWhatTheEngineStatementAnswers() {
    List<String> ours = run(AuthorizedGroupIdsQuery.OUR_STATEMENT);
    assertThat(ours).hasSizeGreaterThan(20).contains("region-busan", "council-secretariat");
    assertThat(ours).isEqualTo(run(ENGINE_ORIGINAL));
  }

  @Test
  void seesAGroupFromItsFirstGrantOn() {
    String group = "zz-new-group-" + System.nanoTime();
    AuthorizationService authorizations = engine.getAuthorizationService();
    assertThat(run(AuthorizedGroupIdsQuery.OUR_STATEMENT)).doesNotContain(group);
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.FILTER);
    grant.setResourceId("no-such-filter");
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
    try {
      assertThat(run(AuthorizedGroupIdsQuery.OUR_STATEMENT))
          .contains(group)
          .isEqualTo(run(ENGINE_ORIGINAL));
    } finally {
      authorizations.deleteAuthorization(grant.getId());
    }
  }

  /**
   * Through the engine, with the group ids shared between commands: a group's first grant counts
   * from the next command on, though the set was read before it.
   */
  @Test
  void theEngineReadsThemThroughTheCache() {
    assertThat(
            (Object)
                configuration()
                    .getCommandExecutorTxRequired()
                    .execute(command -> command.getAuthorizationManager()))
        .isInstanceOf(CachingAuthorizationManager.class);
  }

  @Test
  void anOfficialInANewGroupSeesWhatItIsGrantedAtOnce() {
    String group = "zz-group-" + System.nanoTime();
    String user = "zz.user" + System.nanoTime();
    var identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup(group));
    AuthorizationService authorizations = engine.getAuthorizationService();
    // The engine grants a new group READ on itself; without it, the group holds no authorization.
    authorizations
        .createAuthorizationQuery()
        .groupIdIn(group)
        .list()
        .forEach(own -> authorizations.deleteAuthorization(own.getId()));
    var official = identity.newUser(user);
    official.setPassword("Zz-2345678901-aB");
    identity.saveUser(official);
    identity.createMembership(user, group);
    var filter = engine.getFilterService().newTaskFilter("zz " + group);
    engine.getFilterService().saveFilter(filter);
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    try {
      identity.setAuthentication(user, List.of(group));
      assertThat(engine.getFilterService().createFilterQuery().filterId(filter.getId()).count())
          .isZero();
      identity.clearAuthentication();
      grant.setGroupId(group);
      grant.setResource(Resources.FILTER);
      grant.setResourceId(filter.getId());
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
      identity.setAuthentication(user, List.of(group));
      assertThat(engine.getFilterService().createFilterQuery().filterId(filter.getId()).count())
          .isEqualTo(1);
    } finally {
      identity.clearAuthentication();
      if (grant.getId() != null) {
        authorizations.deleteAuthorization(grant.getId());
      }
      engine.getFilterService().deleteFilter(filter.getId());
      identity.deleteUser(user);
      identity.deleteGroup(group);
    }
  }
}
