package kr.go.molit.rbd.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One grant per group and resource: created once, extended when needed, never duplicated. */
@ProcessTest
class GrantsTest {

  private static final String GROUP = "grants-test-group";
  private static final String OTHER_GROUP = "grants-test-other";
  private static final String RESOURCE_ID = "grants-test-instance";

  @Autowired AuthorizationService authorizations;

  private List<Authorization> rows() {
    return authorizations
        .createAuthorizationQuery()
        .groupIdIn(GROUP)
        .resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(RESOURCE_ID)
        .list();
  }

  /** Every row naming the test's resource id, of both test groups and any type. */
  private List<Authorization> allRows() {
    return authorizations
        .createAuthorizationQuery()
        .groupIdIn(GROUP, OTHER_GROUP)
        .resourceId(RESOURCE_ID)
        .list();
  }

  @AfterEach
  void cleanUp() {
    allRows().forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  /** A revoke of the group's DELETE on the test's instance: a row of the group on the same id. */
  private void revokeDeleteOfTheInstance(String group) {
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setGroupId(group);
    revoke.setResource(Resources.PROCESS_INSTANCE);
    revoke.setResourceId(RESOURCE_ID);
    revoke.removePermission(Permissions.DELETE);
    authorizations.saveAuthorization(revoke);
  }

  /** The instance and its history, as PetitionVisibility grants them. */
  private static Map<Resource, Permission> instanceAndHistory() {
    Map<Resource, Permission> permissions = new LinkedHashMap<>();
    permissions.put(Resources.PROCESS_INSTANCE, Permissions.READ);
    permissions.put(Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);
    return permissions;
  }

  /** The service, counting the authorization queries made through it. */
  private AuthorizationService counting(AtomicInteger queries) {
    return (AuthorizationService)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {AuthorizationService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("createAuthorizationQuery")) {
                queries.incrementAndGet();
              }
              return method.invoke(authorizations, args);
            });
  }

  /** Rows as type, group, resource type and permissions, without their ids. */
  private List<String> described() {
    return allRows().stream()
        .map(
            a ->
                a.getAuthorizationType()
                    + " "
                    + a.getGroupId()
                    + " "
                    + a.getResourceType()
                    + " "
                    + a.isPermissionGranted(Permissions.READ))
        .sorted()
        .toList();
  }

  @Test
  void createsTheGrantOnceAndWritesNothingTheSecondTime() {
    Grants grants = new Grants(authorizations);
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.READ);
    Authorization first = rows().get(0);
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.READ);
    assertThat(rows())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getId()).isEqualTo(first.getId());
              assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
            });
  }

  @Test
  void addsAMissingPermissionToTheExistingGrant() {
    Grants grants = new Grants(authorizations);
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.READ);
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.UPDATE);
    assertThat(rows())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
              assertThat(a.isPermissionGranted(Permissions.UPDATE)).isTrue();
            });
  }

  @Test
  void aRevokeOnTheSameResourceIsNotMistakenForTheGrant() {
    revokeDeleteOfTheInstance(GROUP);

    new Grants(authorizations)
        .ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.READ);

    assertThat(rows())
        .hasSize(2)
        .anySatisfy(
            a -> {
              assertThat(a.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
              assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
            });
  }

  @Test
  void groupsGetTheirGrantsOnEveryResourceOfTheIdWithOneRead() {
    AtomicInteger queries = new AtomicInteger();
    Grants grants = new Grants(counting(queries));
    grants.ensure(List.of(GROUP, OTHER_GROUP), RESOURCE_ID, instanceAndHistory(), false);
    assertThat(queries).hasValue(1);
    assertThat(described())
        .containsExactly(
            "1 grants-test-group 20 false", "1 grants-test-group 8 true",
            "1 grants-test-other 20 false", "1 grants-test-other 8 true");
    assertThat(
            authorizations
                .createAuthorizationQuery()
                .groupIdIn(GROUP)
                .resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
                .resourceId(RESOURCE_ID)
                .singleResult()
                .isPermissionGranted(HistoricProcessInstancePermissions.READ))
        .isTrue();

    List<String> ids = allRows().stream().map(Authorization::getId).sorted().toList();
    grants.ensure(List.of(GROUP, OTHER_GROUP, GROUP), RESOURCE_ID, instanceAndHistory(), false);
    assertThat(queries).hasValue(2);
    assertThat(allRows().stream().map(Authorization::getId).sorted().toList()).isEqualTo(ids);
  }

  @Test
  void aGrantOfTheGroupIsExtendedAndARevokeIsNotMistakenForIt() {
    Grants grants = new Grants(authorizations);
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.UPDATE);
    revokeDeleteOfTheInstance(OTHER_GROUP);

    grants.ensure(List.of(GROUP, OTHER_GROUP), RESOURCE_ID, instanceAndHistory(), false);

    assertThat(rows())
        .filteredOn(a -> a.getGroupId().equals(GROUP))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
              assertThat(a.isPermissionGranted(Permissions.UPDATE)).isTrue();
            });
    assertThat(allRows())
        .filteredOn(
            a ->
                a.getGroupId().equals(OTHER_GROUP)
                    && a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType())
        .extracting(Authorization::getAuthorizationType)
        .containsExactlyInAnyOrder(Authorization.AUTH_TYPE_REVOKE, Authorization.AUTH_TYPE_GRANT);
  }

  @Test
  void rowsOfOtherResourceTypesSharingTheIdAreNotMistakenForTheGrants() {
    Grants grants = new Grants(authorizations);
    for (Resource other :
        List.of(
            Resources.TASK,
            Resources.GROUP,
            Resources.DEPLOYMENT,
            Resources.PROCESS_DEFINITION,
            Resources.FILTER)) {
      for (String group : List.of(GROUP, OTHER_GROUP)) {
        grants.ensure(group, other, RESOURCE_ID, Permissions.READ);
      }
    }
    grants.ensure(GROUP, Resources.PROCESS_INSTANCE, RESOURCE_ID, Permissions.UPDATE);

    grants.ensure(List.of(GROUP, OTHER_GROUP), RESOURCE_ID, instanceAndHistory(), false);

    assertThat(allRows()).hasSize(14);
    assertThat(allRows())
        .filteredOn(
            a ->
                a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
                    || a.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType())
        .hasSize(4);
    assertThat(rows())
        .hasSize(1)
        .allSatisfy(a -> assertThat(a.isPermissionGranted(Permissions.READ)).isTrue());
  }

  @Test
  void aResourceCreatedInTheRunningCommandIsNotLookedUp() {
    AtomicInteger queries = new AtomicInteger();
    new Grants(counting(queries)).ensure(List.of(GROUP), RESOURCE_ID, instanceAndHistory(), true);
    assertThat(queries).hasValue(0);
    assertThat(described())
        .containsExactly("1 grants-test-group 20 false", "1 grants-test-group 8 true");
  }
}
