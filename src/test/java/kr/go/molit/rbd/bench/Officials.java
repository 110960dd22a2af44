package kr.go.molit.rbd.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * The directory's people as the bench acts for them: a user's groups are looked up once (as a
 * Tasklist session does at login), and work runs with that identity so authorizations apply.
 */
final class Officials {

  private final ProcessEngine engine;
  private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();
  private final Map<String, String> memberOfGroup = new ConcurrentHashMap<>();

  Officials(ProcessEngine engine) {
    this.engine = engine;
  }

  <T> T as(String userId, Supplier<T> work) {
    engine.getIdentityService().setAuthentication(userId, groupsOf(userId));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The user's groups, as Tasklist holds them after sign-in. */
  List<String> groupsOf(String userId) {
    return groupsOfUser.computeIfAbsent(
        userId,
        id ->
            engine.getIdentityService().createGroupQuery().groupMember(id).list().stream()
                .map(Group::getId)
                .toList());
  }

  /** A member of the group (the directory names one official per division, ministry, region). */
  String memberOf(String groupId) {
    return memberOfGroup.computeIfAbsent(
        groupId,
        id ->
            engine
                .getIdentityService()
                .createUserQuery()
                .memberOfGroup(id)
                .orderByUserId()
                .asc()
                .listPage(0, 1)
                .stream()
                .map(User::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no member of " + id)));
  }
}
