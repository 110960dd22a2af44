package kr.go.molit.rbd.database;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager, reading the authorized group ids from
 * {@link AuthorizedGroupIdsCache}, and dropping the cache when it saves an authorization for a
 * group the cache does not know: at once (so this command sees the group) and again after commit
 * (so no command that read the table before the commit keeps the old set).
 */
class CachingAuthorizationManager extends AuthorizationManager {

  private final AuthorizedGroupIdsCache cache;

  CachingAuthorizationManager(AuthorizedGroupIdsCache cache) {
    this.cache = cache;
  }

  @Override
  protected Set<String> getAllGroups() {
    if (availableAuthorizedGroupIds == null) {
      availableAuthorizedGroupIds = new HashSet<>(
          cache.groupIds(() -> getDbEntityManager().selectList("selectAuthorizedGroupIds")));
    }
    return availableAuthorizedGroupIds;
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
    if (!(entity instanceof AuthorizationEntity authorization) || authorization.getGroupId() == null
        || cache.knows(authorization.getGroupId())) {
      return;
    }
    cache.forget();
    if (availableAuthorizedGroupIds != null) {
      availableAuthorizedGroupIds.add(authorization.getGroupId());
    }
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> cache.forget());
    }
  }
}
