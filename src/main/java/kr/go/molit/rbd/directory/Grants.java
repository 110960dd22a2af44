package kr.go.molit.rbd.directory;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * The one way we give a group (or everyone) permissions on a resource: adds what is missing to
 * the existing grant, or creates it, and writes nothing when everything is already granted. Used
 * for the directory's standing grants and for the per-petition grants the process makes.
 */
public final class Grants {

  private final AuthorizationService authorizations;

  public Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Grants permissions on one resource to a group, or to everyone when the group is null. */
  public void ensure(String groupId, Resource resource, String resourceId, Permission... permissions) {
    AuthorizationQuery query = authorizations.createAuthorizationQuery()
        .resourceType(resource).resourceId(resourceId);
    query = groupId == null
        ? query.authorizationType(AUTH_TYPE_GLOBAL)
        : query.authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId);
    Authorization authorization = query.singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(groupId == null ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
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
