package kr.go.molit.rbd.directory;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * The one way we give a group (or everyone) permissions on a resource: adds what is missing to the
 * existing grant, or creates it, and writes nothing when everything is already granted. Used for
 * the directory's standing grants and for the per-petition grants the process makes.
 */
public final class Grants {

  private final AuthorizationService authorizations;

  public Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Grants permissions on one resource to a group, or to everyone when the group is null. */
  public void ensure(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    AuthorizationQuery query =
        authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId);
    query =
        groupId == null
            ? query.authorizationType(AUTH_TYPE_GLOBAL)
            : query.authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId);
    write(query.singleResult(), groupId, resource, resourceId, permissions);
  }

  /**
   * Grants each group one permission on each of several resources that share an id (a process
   * instance and its history), reading the groups' existing grants on that id at once instead of
   * once per group and resource. With {@code newResource} (the resource was created in the running
   * command, so no stored grant can name it yet) nothing is read.
   */
  public void ensure(
      Collection<String> groupIds,
      String resourceId,
      Map<Resource, Permission> permissions,
      boolean newResource) {
    if (groupIds.isEmpty()) {
      return;
    }
    // The store keeps one grant per group, resource type and id; a full page means rows of other
    // resource types share the id, and each grant is then looked up on its own.
    int page = 2 * groupIds.size() * permissions.size();
    List<Authorization> existing =
        newResource
            ? List.of()
            : authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupIds.toArray(String[]::new))
                .resourceId(resourceId)
                .listPage(0, page);
    for (String groupId : new LinkedHashSet<>(groupIds)) {
      for (Map.Entry<Resource, Permission> wanted : permissions.entrySet()) {
        if (existing.size() == page) {
          ensure(groupId, wanted.getKey(), resourceId, wanted.getValue());
        } else {
          Authorization found =
              existing.stream()
                  .filter(
                      a ->
                          groupId.equals(a.getGroupId())
                              && a.getResourceType() == wanted.getKey().resourceType())
                  .findFirst()
                  .orElse(null);
          write(found, groupId, wanted.getKey(), resourceId, wanted.getValue());
        }
      }
    }
  }

  /** Adds what is missing to the grant found (or a new one) and saves it, unless nothing is. */
  private void write(
      Authorization authorization,
      String groupId,
      Resource resource,
      String resourceId,
      Permission... permissions) {
    if (authorization == null) {
      authorization =
          authorizations.createNewAuthorization(
              groupId == null ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
      if (groupId == null) {
        authorization.setUserId(Authorization.ANY);
      } else {
        authorization.setGroupId(groupId);
      }
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (hasAll(authorization, permissions)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private static boolean hasAll(Authorization authorization, Permission[] permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }
}
