package kr.go.molit.rbd.database;

import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The engine's answer to "may this user do this to these resources" ({@code
 * isUserAuthorizedForResource}), computed from the authorization rows that can decide it instead of
 * by the engine's statement. That statement is a CASE of up to twelve probes per check, each with
 * its own parameters, which MyBatis builds through OGNL on every call: about a millisecond of CPU
 * per check, made three times per Tasklist list request (the filter is read thrice) and twice per
 * submitted form. The rows come from one indexed select ({@link PermissionGrantReads}); the order
 * below is the engine's ({@code authCheck} in its Authorization.xml):
 *
 * <ol>
 *   <li>the user's grant on the resource, then their revoke on it, then their grant on '*', then
 *       their revoke on '*';
 *   <li>the same for the user's groups (when they have any);
 *   <li>the same for global authorizations;
 *   <li>otherwise the check's "not found" value (none: null).
 * </ol>
 *
 * A grant counts when it holds every bit of the permission, a revoke when it lacks any. Revokes
 * count only while revoke checks are on. Several checks that any may satisfy (disjunctive) answer
 * with the first check that decides anything, else 0; the whole is "authorized" when that is 1.
 * Only that shape is handled here: checks on named resources (or '*'), one level, disjunctive;
 * anything else is left to the engine. {@code PermissionDecisionChecks} compares both answers over
 * random sets of authorizations on H2 and PostgreSQL.
 */
final class PermissionDecision {

  private PermissionDecision() {}

  /**
   * Whether {@link #authorized} answers these checks for this user as the engine's statement would.
   */
  static boolean handles(String userId, CompositePermissionCheck checks) {
    if (userId == null
        || checks == null
        || (checks.getCompositeChecks() != null && !checks.getCompositeChecks().isEmpty())) {
      return false;
    }
    List<PermissionCheck> atomic = checks.getAtomicChecks();
    return atomic != null
        && !atomic.isEmpty()
        && (atomic.size() == 1 || checks.isDisjunctive())
        && atomic.stream().allMatch(c -> c.getResourceIdQueryParam() == null);
  }

  /** The engine's answer for a check it {@link #handles}, from the rows that can decide it. */
  static boolean authorized(AuthorizationCheck check, List<PermissionGrant> grants) {
    for (PermissionCheck atomic : check.getPermissionChecks().getAtomicChecks()) {
      Long answer = answer(atomic, check, grants);
      if (answer != null) {
        return answer == 1L;
      }
    }
    return false;
  }

  private static Long answer(
      PermissionCheck check, AuthorizationCheck context, List<PermissionGrant> grants) {
    boolean revokes = context.isRevokeAuthorizationCheckEnabled();
    Long decided = new Level(check, grants, Level.USER).decide(revokes);
    if (decided != null) {
      return decided;
    }
    if (context.getAuthGroupIds() != null && !context.getAuthGroupIds().isEmpty()) {
      decided = new Level(check, grants, Level.GROUP).decide(revokes);
      if (decided != null) {
        return decided;
      }
    }
    decided = new Level(check, grants, Level.GLOBAL).decide(revokes);
    return decided != null ? decided : check.getAuthorizationNotFoundReturnValue();
  }

  /** The rows of one level (the user's own, their groups', global) that apply to one check. */
  private record Level(PermissionCheck check, List<PermissionGrant> grants, int level) {

    static final int USER = 0;
    static final int GROUP = 1;
    static final int GLOBAL = 2;

    Long decide(boolean revokes) {
      String resource = check.getResourceId();
      boolean named = resource != null && !resource.equals(Authorization.ANY);
      // Global authorizations grant and revoke alike; users and groups have a type for each.
      int grantType =
          level == GLOBAL ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT;
      int revokeType =
          level == GLOBAL ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_REVOKE;
      if (named && holds(grantType, resource, true)) {
        return 1L;
      }
      if (named && revokes && holds(revokeType, resource, false)) {
        return 0L;
      }
      if (holds(grantType, Authorization.ANY, true)) {
        return 1L;
      }
      if (revokes && holds(revokeType, Authorization.ANY, false)) {
        return 0L;
      }
      return null;
    }

    /** A row of this level, type and resource with every bit of the permission, or lacking one. */
    private boolean holds(int type, String resourceId, boolean allBits) {
      int perms = check.getPerms();
      for (PermissionGrant grant : grants) {
        if (grant.type() == type
            && levelOf(grant) == level
            && grant.resourceType() == check.getResourceType()
            && resourceId.equals(grant.resourceId())
            && ((grant.perms() & perms) == perms) == allBits) {
          return true;
        }
      }
      return false;
    }

    private static int levelOf(PermissionGrant grant) {
      if (grant.type() == Authorization.AUTH_TYPE_GLOBAL) {
        return GLOBAL;
      }
      return grant.groupId() != null ? GROUP : USER;
    }
  }
}
