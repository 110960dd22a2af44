package kr.go.molit.rbd.database;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, answering permission checks on named resources through {@link
 * PermissionDecision}, reading the authorized group ids from {@link AuthorizedGroupIdsCache}, and
 * dropping the cache when it saves an authorization for a group the cache does not know: at once
 * (so this command sees the group) and again after commit (so no command that read the table before
 * the commit keeps the old set).
 */
class CachingAuthorizationManager extends AuthorizationManager {

  private final AuthorizedGroupIdsCache cache;

  CachingAuthorizationManager(AuthorizedGroupIdsCache cache) {
    this.cache = cache;
  }

  @Override
  protected Set<String> getAllGroups() {
    if (availableAuthorizedGroupIds == null) {
      availableAuthorizedGroupIds =
          new HashSet<>(
              cache.groupIds(() -> getDbEntityManager().selectList("selectAuthorizedGroupIds")));
    }
    return availableAuthorizedGroupIds;
  }

  /**
   * As the engine's, with the answer from {@link PermissionDecision} where it handles the check.
   */
  @Override
  public boolean isAuthorized(
      String userId, List<String> groupIds, PermissionCheck permissionCheck) {
    if (!isAuthorizationEnabled()) {
      return true;
    }
    return isAuthorized(userId, groupIds, createCompositePermissionCheck(permissionCheck));
  }

  /**
   * As the engine's (the same validation, groups and revoke setting), with the answer from {@link
   * PermissionDecision} instead of the engine's statement where it handles the check.
   */
  @Override
  public boolean isAuthorized(
      String userId, List<String> groupIds, CompositePermissionCheck permissionCheck) {
    if (!PermissionDecision.handles(userId, permissionCheck)
        || !permissionCheck.getAllPermissionChecks().stream()
            .allMatch(this::isResourceValidForPermission)) {
      return super.isAuthorized(userId, groupIds, permissionCheck);
    }
    AuthorizationCheck check =
        new AuthorizationCheck(
            userId,
            filterAuthenticatedGroupIds(groupIds),
            permissionCheck,
            isRevokeAuthCheckEnabled(userId, groupIds));
    return PermissionDecision.authorized(
        check, PermissionGrantReads.read(getDbSqlSession(), check));
  }

  @Override
  public void insert(DbEntity authorization) {
    super.insert(authorization);
    noteGroup(authorization);
  }

  @Override
  public void update(AuthorizationEntity authorization) {
    super.update(authorization);
    noteGroup(authorization);
  }

  private void noteGroup(DbEntity entity) {
    if (!(entity instanceof AuthorizationEntity authorization)
        || authorization.getGroupId() == null
        || cache.knows(authorization.getGroupId())) {
      return;
    }
    cache.forget();
    if (availableAuthorizedGroupIds != null) {
      availableAuthorizedGroupIds.add(authorization.getGroupId());
    }
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      command
          .getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, committed -> cache.forget());
    }
  }
}
