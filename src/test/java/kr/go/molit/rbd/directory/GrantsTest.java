package kr.go.molit.rbd.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One grant per group and resource: created once, extended when needed, never duplicated. */
@ProcessTest
class GrantsTest {

  private static final String GROUP = "grants-test-group";
  private static final String RESOURCE_ID = "grants-test-instance";

  @Autowired AuthorizationService authorizations;

  private List<Authorization> rows() {
    return authorizations.createAuthorizationQuery().groupIdIn(GROUP).resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(RESOURCE_ID).list();
  }

  @AfterEach
  void cleanUp() {
    rows().forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  @Test
  void createsTheGrantOnceAndWritesNothingTheSecondTime() {
    Grants grants = new Grants(authorizations);
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.READ);
    Authorization first = rows().get(0);
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.READ);
    assertThat(rows()).singleElement().satisfies(a -> {
      assertThat(a.getId()).isEqualTo(first.getId());
      assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
    });
  }

  @Test
  void addsAMissingPermissionToTheExistingGrant() {
    Grants grants = new Grants(authorizations);
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.READ);
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.UPDATE);
    assertThat(rows()).singleElement().satisfies(a -> {
      assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
      assertThat(a.isPermissionGranted(Permissions.UPDATE)).isTrue();
    });
  }

  @Test
  void aRevokeOnTheSameResourceIsNotMistakenForTheGrant() {
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId(GROUP);
    revoke.setResource(Resources.PROCESS_INSTANCE);
    revoke.setResourceId(RESOURCE_ID);
    revoke.removePermission(Permissions.DELETE);
    authorizations.saveAuthorization(revoke);

    new Grants(authorizations).ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.READ);

    assertThat(rows()).hasSize(2)
        .anySatisfy(a -> {
          assertThat(a.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
          assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
        });
  }
}
