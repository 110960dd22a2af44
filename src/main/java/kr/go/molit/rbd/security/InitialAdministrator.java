package kr.go.molit.rbd.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;
import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the initial administrator and gives {@code camunda-admin} every permission, once. An
 * existing administrator keeps the password that was set later through Admin.
 */
@Component
class InitialAdministrator extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

  private final AdminProperties admin;

  InitialAdministrator(AdminProperties admin) {
    this.admin = admin;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    ensureAdminGroup(identity);
    if (identity.createUserQuery().userId(admin.id()).count() == 0) {
      User user = identity.newUser(admin.id());
      user.setFirstName(admin.firstName());
      user.setLastName(admin.lastName());
      user.setEmail(admin.email());
      user.setPassword(admin.password());
      identity.saveUser(user);
      LOG.info("RBD-SEC-001 created initial administrator '{}'", admin.id());
    }
    if (identity.createUserQuery().userId(admin.id()).memberOfGroup(CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(admin.id(), CAMUNDA_ADMIN);
    }
    grantEverythingToAdmins(engine.getAuthorizationService());
  }

  private void ensureAdminGroup(IdentityService identity) {
    if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(CAMUNDA_ADMIN);
      group.setName("시스템 관리자");
      group.setType(GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
  }

  private void grantEverythingToAdmins(AuthorizationService authorizations) {
    for (Resource resource : Resources.values()) {
      boolean granted =
          authorizations
                  .createAuthorizationQuery()
                  .groupIdIn(CAMUNDA_ADMIN)
                  .resourceType(resource)
                  .resourceId(ANY)
                  .count()
              > 0;
      if (!granted) {
        Authorization all = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        all.setGroupId(CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }
}
