package kr.go.molit.rbd.security;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own identity provider, which reports to {@link IdentityChanges} whenever it changes
 * a user (password, lock, unlock, deletion), a group, a tenant or a membership: at once, and again
 * when the change commits. Every identity change of the engine goes through this provider: the
 * identity service's commands, the webapps' admin pages, the directory synchronisation, and the
 * lock a failed password check sets.
 */
class IdentityChangeReportingProvider extends DbIdentityServiceProvider {

  private final IdentityChanges changes;

  IdentityChangeReportingProvider(IdentityChanges changes) {
    this.changes = changes;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    return reportIfChanged(super.saveUser(user), true);
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    return reportIfChanged(super.deleteUser(userId), true);
  }

  @Override
  protected void lockUser(UserEntity user) {
    super.lockUser(user);
    report(false);
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    return reportIfChanged(super.unlockUser(userId), false);
  }

  @Override
  protected IdentityOperationResult unlockUser(UserEntity user) {
    return reportIfChanged(super.unlockUser(user), false);
  }

  @Override
  public IdentityOperationResult saveGroup(Group group) {
    return reportIfChanged(super.saveGroup(group), true);
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    return reportIfChanged(super.deleteGroup(groupId), true);
  }

  @Override
  public IdentityOperationResult saveTenant(Tenant tenant) {
    return reportIfChanged(super.saveTenant(tenant), true);
  }

  @Override
  public IdentityOperationResult deleteTenant(String tenantId) {
    return reportIfChanged(super.deleteTenant(tenantId), true);
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    return reportIfChanged(super.createMembership(userId, groupId), true);
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    return reportIfChanged(super.deleteMembership(userId, groupId), true);
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    return reportIfChanged(super.createTenantUserMembership(tenantId, userId), true);
  }

  @Override
  public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
    return reportIfChanged(super.createTenantGroupMembership(tenantId, groupId), true);
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    return reportIfChanged(super.deleteTenantUserMembership(tenantId, userId), true);
  }

  @Override
  public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
    return reportIfChanged(super.deleteTenantGroupMembership(tenantId, groupId), true);
  }

  /**
   * Reports unless the engine says that nothing changed (an unlock of an unlocked user); {@code
   * sessionHeld}: whether webapp sessions hold what changed (a lock they do not).
   */
  private IdentityOperationResult reportIfChanged(
      IdentityOperationResult result, boolean sessionHeld) {
    if (result == null || !IdentityOperationResult.OPERATION_NONE.equals(result.getOperation())) {
      report(sessionHeld);
    }
    return result;
  }

  private void report(boolean sessionHeld) {
    changes.changing();
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      changes.committed(sessionHeld);
    } else {
      command
          .getTransactionContext()
          .addTransactionListener(
              TransactionState.COMMITTED, committed -> changes.committed(sessionHeld));
      command
          .getTransactionContext()
          .addTransactionListener(TransactionState.ROLLED_BACK, rolledBack -> changes.changing());
    }
  }
}
