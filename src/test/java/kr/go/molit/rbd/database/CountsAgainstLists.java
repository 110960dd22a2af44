package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import kr.go.molit.rbd.Officials;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.query.Query;

/**
 * The oracle of our count statements: as a user, each query's count must equal the size of the
 * engine's own list of it (the list statements are the engine's, untouched).
 */
final class CountsAgainstLists {

  private CountsAgainstLists() {}

  /** Compares each query's count with its list as the user; returns how many were compared. */
  static int compare(
      Officials officials, String userId, List<? extends Supplier<? extends Query<?, ?>>> queries) {
    int compared = 0;
    for (int i = 0; i < queries.size(); i++) {
      Supplier<? extends Query<?, ?>> query = queries.get(i);
      long count = officials.as(userId, () -> query.get().count());
      long listed = officials.as(userId, () -> (long) query.get().listPage(0, 2000).size());
      assertThat(count).as("%s, query %d", userId, i).isEqualTo(listed);
      compared++;
    }
    return compared;
  }

  /**
   * Runs the checks while the user holds a revoke of the permission on the resource; removes it
   * after.
   */
  static void whileRevoked(
      ProcessEngine engine,
      String userId,
      Resource resource,
      String resourceId,
      Permission permission,
      Runnable checks) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(userId);
    revoke.setResource(resource);
    revoke.setResourceId(resourceId);
    revoke.removePermission(permission);
    authorizations.saveAuthorization(revoke);
    try {
      checks.run();
    } finally {
      authorizations.deleteAuthorization(revoke.getId());
    }
  }
}
