package kr.go.molit.rbd.directory;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import kr.go.molit.rbd.directory.Directory.Grant;
import kr.go.molit.rbd.directory.Directory.OrgGroup;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

/** Applies the directory's standing grants as Camunda authorizations, adding what is missing. */
final class GrantSync {

  private final AuthorizationService authorizations;

  GrantSync(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  void apply(Directory directory) {
    for (Grant grant : directory.grants()) {
      Resource resource = Resources.valueOf(grant.resource());
      Permission[] permissions = grant.permissions().stream()
          .map(p -> ResourceTypeUtil.getPermissionByNameAndResourceType(p, resource.resourceType()))
          .toArray(Permission[]::new);
      if (grant.to().everyone()) {
        ensure(null, resource, grant.resourceId(), permissions);
      } else {
        for (String groupId : audienceGroups(directory, grant)) {
          ensure(groupId, resource, grant.resourceId(), permissions);
        }
      }
    }
  }

  /** Grants permissions on one resource to a group, or to everyone when the group is null. */
  void ensure(String groupId, Resource resource, String resourceId, Permission... permissions) {
    AuthorizationQuery query = authorizations.createAuthorizationQuery()
        .resourceType(resource).resourceId(resourceId);
    query = groupId == null ? query.authorizationType(AUTH_TYPE_GLOBAL) : query.groupIdIn(groupId);
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

  private static List<String> audienceGroups(Directory directory, Grant grant) {
    List<String> byKind = directory.groupsOfKinds(grant.to().kinds()).stream().map(OrgGroup::id).toList();
    return java.util.stream.Stream.concat(byKind.stream(), grant.to().groups().stream()).distinct().toList();
  }
}
