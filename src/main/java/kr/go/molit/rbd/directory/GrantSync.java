package kr.go.molit.rbd.directory;

import java.util.List;
import kr.go.molit.rbd.directory.Directory.Grant;
import kr.go.molit.rbd.directory.Directory.OrgGroup;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

/** Applies the directory's standing grants as Camunda authorizations, adding what is missing. */
final class GrantSync {

  private final Grants grants;

  GrantSync(Grants grants) {
    this.grants = grants;
  }

  void apply(Directory directory) {
    for (Grant grant : directory.grants()) {
      Resource resource = Resources.valueOf(grant.resource());
      Permission[] permissions =
          grant.permissions().stream()
              .map(
                  p ->
                      ResourceTypeUtil.getPermissionByNameAndResourceType(
                          p, resource.resourceType()))
              .toArray(Permission[]::new);
      if (grant.to().everyone()) {
        grants.ensure(null, resource, grant.resourceId(), permissions);
      } else {
        for (String groupId : audienceGroups(directory, grant)) {
          grants.ensure(groupId, resource, grant.resourceId(), permissions);
        }
      }
    }
  }

  private static List<String> audienceGroups(Directory directory, Grant grant) {
    List<String> byKind =
        directory.groupsOfKinds(grant.to().kinds()).stream().map(OrgGroup::id).toList();
    return java.util.stream.Stream.concat(byKind.stream(), grant.to().groups().stream())
        .distinct()
        .toList();
  }
}
