package kr.go.molit.rbd.directory;

import java.util.List;
import kr.go.molit.rbd.directory.Directory.DemoUser;
import kr.go.molit.rbd.directory.Directory.OrgGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Creates or updates groups and demo users and their memberships. Existing users keep their
 * password; memberships the directory does not name are left alone (an administrator may add them).
 */
final class IdentitySync {

  static final String DEMO_PASSWORD = "demo";

  private final IdentityService identity;

  IdentitySync(IdentityService identity) {
    this.identity = identity;
  }

  void groups(List<OrgGroup> groups) {
    for (OrgGroup spec : groups) {
      Group group = identity.createGroupQuery().groupId(spec.id()).singleResult();
      if (group == null) {
        group = identity.newGroup(spec.id());
      } else if (spec.name().equals(group.getName()) && spec.kind().equals(group.getType())) {
        continue;
      }
      group.setName(spec.name());
      group.setType(spec.kind());
      identity.saveGroup(group);
    }
  }

  void users(List<DemoUser> users) {
    for (DemoUser spec : users) {
      User user = identity.createUserQuery().userId(spec.id()).singleResult();
      boolean created = user == null;
      if (created) {
        user = identity.newUser(spec.id());
        user.setPassword(DEMO_PASSWORD);
      }
      if (created || !same(user, spec)) {
        user.setFirstName(spec.name());
        user.setLastName(spec.title());
        user.setEmail(spec.email());
        identity.saveUser(user);
      }
      for (String groupId : spec.groups()) {
        if (identity.createUserQuery().userId(spec.id()).memberOfGroup(groupId).count() == 0) {
          identity.createMembership(spec.id(), groupId);
        }
      }
    }
  }

  private static boolean same(User user, DemoUser spec) {
    return spec.name().equals(user.getFirstName())
        && spec.title().equals(user.getLastName())
        && spec.email().equals(user.getEmail());
  }
}
