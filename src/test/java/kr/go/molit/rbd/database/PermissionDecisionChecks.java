package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link PermissionDecision} answers every check it handles exactly as the engine's own statement
 * ({@code isUserAuthorizedForResource}), over random sets of grants, revokes and global
 * authorizations for a user, their groups, a group they are not in and everyone, on named resources
 * and '*', with revoke checks on and off, with and without groups, and with the "not found" values
 * the engine uses. The engine's manager (ours) answers the same.
 */
abstract class PermissionDecisionChecks {

  private static final String ENGINE_STATEMENT = "isUserAuthorizedForResource";
  private static final Resource[] RESOURCES = {Resources.FILTER, Resources.TASK};
  private static final Permission[] PERMISSIONS = {
    Permissions.READ, Permissions.UPDATE, Permissions.DELETE
  };

  @Autowired ProcessEngine engine;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String user = "perm.tester-" + run;
  private final String groupA = "perm-a-" + run;
  private final String groupB = "perm-b-" + run;
  private final String otherGroup = "perm-x-" + run;
  private final String named = "perm-resource-" + run;
  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void tester() {
    IdentityService identity = engine.getIdentityService();
    identity.saveUser(identity.newUser(user));
    for (String group : List.of(groupA, groupB, otherGroup)) {
      identity.saveGroup(identity.newGroup(group));
    }
    identity.createMembership(user, groupA);
    identity.createMembership(user, groupB);
  }

  @AfterEach
  void removeTester() {
    removeAuthorizations();
    IdentityService identity = engine.getIdentityService();
    identity.deleteUser(user);
    for (String group : List.of(groupA, groupB, otherGroup)) {
      identity.deleteGroup(group);
    }
  }

  @Test
  void answersAsTheEngineStatementOverRandomAuthorizations() {
    Random random = new Random(20261130L);
    int compared = 0;
    int granted = 0;
    int scenarios = 40;
    for (int scenario = 0; scenario < scenarios; scenario++) {
      authorize(random);
      for (List<PermissionCheck> checks : checks(random)) {
        for (boolean revokes : new boolean[] {true, false}) {
          for (List<String> groups :
              List.of(List.of(groupA, groupB), List.<String>of(), List.of(otherGroup))) {
            AuthorizationCheck check =
                new AuthorizationCheck(user, groups, composite(checks), revokes);
            boolean[] answers =
                inCommand(
                    command ->
                        new boolean[] {
                          command.getDbEntityManager().selectBoolean(ENGINE_STATEMENT, check),
                          PermissionDecision.authorized(
                              check, PermissionGrantReads.read(command.getDbSqlSession(), check))
                        });
            assertThat(PermissionDecision.handles(user, check.getPermissionChecks())).isTrue();
            assertThat(answers[1])
                .as(
                    "scenario %d, %s, revokes %s, groups %s",
                    scenario, describe(checks), revokes, groups)
                .isEqualTo(answers[0]);
            compared++;
            granted += answers[0] ? 1 : 0;
          }
        }
      }
      removeAuthorizations();
    }
    // Both answers occur often enough for the comparison to mean something.
    assertThat(granted).isBetween(compared / 10, compared - compared / 10);
  }

  @Test
  void theManagerAnswersAsTheEngineStatement() {
    Random random = new Random(7L);
    for (int scenario = 0; scenario < 15; scenario++) {
      authorize(random);
      for (List<PermissionCheck> checks : checks(random)) {
        List<String> groups = List.of(groupA, groupB);
        boolean[] answers =
            inCommand(
                command -> {
                  var manager = command.getAuthorizationManager();
                  AuthorizationCheck check =
                      new AuthorizationCheck(
                          user,
                          manager.filterAuthenticatedGroupIds(groups),
                          composite(checks),
                          true);
                  return new boolean[] {
                    command.getDbEntityManager().selectBoolean(ENGINE_STATEMENT, check),
                    manager.isAuthorized(user, groups, composite(checks))
                  };
                });
        assertThat(answers[1])
            .as("scenario %d, %s", scenario, describe(checks))
            .isEqualTo(answers[0]);
        if (checks.size() == 1) {
          boolean single =
              inCommand(
                  command ->
                      command.getAuthorizationManager().isAuthorized(user, groups, checks.get(0)));
          assertThat(single)
              .as("scenario %d, single %s", scenario, describe(checks))
              .isEqualTo(answers[0]);
        }
      }
      removeAuthorizations();
    }
  }

  @Test
  void checksOfOtherShapesAreLeftToTheEngine() {
    PermissionCheck onColumn = check(Resources.TASK, null, Permissions.READ, null);
    onColumn.setResourceIdQueryParam("RES.ID_");
    assertThat(PermissionDecision.handles(user, composite(List.of(onColumn)))).isFalse();
    CompositePermissionCheck conjunctive = new CompositePermissionCheck(false);
    conjunctive.addAtomicCheck(check(Resources.TASK, named, Permissions.READ, null));
    conjunctive.addAtomicCheck(check(Resources.FILTER, named, Permissions.READ, null));
    assertThat(PermissionDecision.handles(user, conjunctive)).isFalse();
    CompositePermissionCheck nested = new CompositePermissionCheck(true);
    nested.addCompositeCheck(
        composite(List.of(check(Resources.TASK, named, Permissions.READ, null))));
    nested.addCompositeCheck(
        composite(List.of(check(Resources.FILTER, named, Permissions.READ, null))));
    assertThat(PermissionDecision.handles(user, nested)).isFalse();
    assertThat(
            PermissionDecision.handles(
                null, composite(List.of(check(Resources.TASK, named, Permissions.READ, null)))))
        .isFalse();
  }

  /**
   * Random authorizations of every kind the engine's order tells apart, on the named resource and
   * '*'.
   */
  private void authorize(Random random) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Resource resource : RESOURCES) {
      for (String resourceId : List.of(named, Authorization.ANY)) {
        for (int type : new int[] {Authorization.AUTH_TYPE_GRANT, Authorization.AUTH_TYPE_REVOKE}) {
          for (String holder : List.of(user, groupA, groupB, otherGroup)) {
            if (random.nextInt(10) < 3) {
              Authorization authorization = authorizations.createNewAuthorization(type);
              if (holder.equals(user)) {
                authorization.setUserId(holder);
              } else {
                authorization.setGroupId(holder);
              }
              save(authorization, resource, resourceId, perms(random, type));
            }
          }
        }
        if (random.nextInt(10) < 3) {
          Authorization global =
              authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
          global.setUserId(Authorization.ANY);
          save(global, resource, resourceId, perms(random, Authorization.AUTH_TYPE_GLOBAL));
        }
      }
    }
  }

  /** A grant holds a few permissions, a revoke all but a few; a global one either. */
  private static int perms(Random random, int type) {
    int bits = 0;
    for (Permission permission : PERMISSIONS) {
      if (random.nextBoolean()) {
        bits |= permission.getValue();
      }
    }
    boolean revoking =
        type == Authorization.AUTH_TYPE_REVOKE
            || (type == Authorization.AUTH_TYPE_GLOBAL && random.nextBoolean());
    return revoking ? Permissions.ALL.getValue() & ~bits : bits;
  }

  private void save(Authorization authorization, Resource resource, String resourceId, int perms) {
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    ((AuthorizationEntity) authorization).setPermissions(perms);
    try {
      created.add(engine.getAuthorizationService().saveAuthorization(authorization).getId());
    } catch (RuntimeException existing) {
      // A global authorization the directory already holds on '*': it takes part as it is.
    }
  }

  private void removeAuthorizations() {
    created.forEach(engine.getAuthorizationService()::deleteAuthorization);
    created.clear();
  }

  /**
   * Single checks and "any of" checks, on the named resource, '*', an unknown one, with "not found"
   * values.
   */
  private List<List<PermissionCheck>> checks(Random random) {
    List<List<PermissionCheck>> checks = new ArrayList<>();
    Long[] notFound = {null, null, 0L, 1L};
    for (Resource resource : RESOURCES) {
      for (Permission permission : PERMISSIONS) {
        checks.add(
            List.of(check(resource, named, permission, notFound[random.nextInt(notFound.length)])));
      }
      checks.add(List.of(check(resource, Authorization.ANY, Permissions.READ, null)));
      checks.add(List.of(check(resource, null, Permissions.UPDATE, null)));
      checks.add(List.of(check(resource, "unknown-" + run, Permissions.READ, null)));
    }
    checks.add(
        List.of(
            check(Resources.TASK, named, Permissions.READ, null),
            check(Resources.FILTER, named, Permissions.UPDATE, null)));
    checks.add(
        List.of(
            check(
                Resources.FILTER,
                named,
                Permissions.DELETE,
                notFound[random.nextInt(notFound.length)]),
            check(Resources.TASK, named, Permissions.UPDATE, null),
            check(Resources.TASK, Authorization.ANY, Permissions.READ, null)));
    return checks;
  }

  private static PermissionCheck check(
      Resource resource, String resourceId, Permission permission, Long notFound) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceId(resourceId);
    check.setPermission(permission);
    check.setAuthorizationNotFoundReturnValue(notFound);
    return check;
  }

  private static CompositePermissionCheck composite(List<PermissionCheck> checks) {
    CompositePermissionCheck composite = new CompositePermissionCheck(true);
    checks.forEach(composite::addAtomicCheck);
    return composite;
  }

  private static String describe(List<PermissionCheck> checks) {
    return checks.stream()
        .map(
            c ->
                c.getResource().resourceName()
                    + "/"
                    + c.getResourceId()
                    + "/"
                    + c.getPermission().getName()
                    + "/"
                    + c.getAuthorizationNotFoundReturnValue())
        .toList()
        .toString();
  }

  private <T> T inCommand(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command);
  }
}
