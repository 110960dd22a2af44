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
 * The engine's own identity provider, which empties the {@link SignInCache} whenever it changes a
 * user (password, lock, deletion), a group, a tenant or a membership: at once, and again when the
 * change commits, so no sign-in read before the commit is kept. Every identity change of the
 * engine goes through this provider: the identity service's commands, the webapps' admin pages,
 * the directory synchronisation, and the lock a failed password check sets.
 */
class SignInForgettingIdentityProvider extends DbIdentityServiceProvider {

  private final SignInCache signIns;

  SignInForgettingIdentityProvider(SignInCache signIns) {
    this.signIns = signIns;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    return forgetIfChanged(super.saveUser(user));
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    return forgetIfChanged(super.deleteUser(userId));
  }

  @Override
  protected void lockUser(UserEntity user) {
    super.lockUser(user);
    forgetSignIns();
  }

  @Override
  public IdentityOperationResult unlockUser(String userId) {
    return forgetIfChanged(super.unlockUser(userId));
  }

  @Override
  protected IdentityOperationResult unlockUser(UserEntity user) {
    return forgetIfChanged(super.unlockUser(user));
  }

  @Override
  public IdentityOperationResult saveGroup(Group group) {
    return forgetIfChanged(super.saveGroup(group));
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    return forgetIfChanged(super.deleteGroup(groupId));
  }

  @Override
  public IdentityOperationResult saveTenant(Tenant tenant) {
    return forgetIfChanged(super.saveTenant(tenant));
  }

  @Override
  public IdentityOperationResult deleteTenant(String tenantId) {
    return forgetIfChanged(super.deleteTenant(tenantId));
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    return forgetIfChanged(super.createMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    return forgetIfChanged(super.deleteMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    return forgetIfChanged(super.createTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
    return forgetIfChanged(super.createTenantGroupMembership(tenantId, groupId));
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    return forgetIfChanged(super.deleteTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
    return forgetIfChanged(super.deleteTenantGroupMembership(tenantId, groupId));
  }

  /** Forgets unless the engine reports that nothing changed (an unlock of an unlocked user). */
  private IdentityOperationResult forgetIfChanged(IdentityOperationResult result) {
    if (result == null || !IdentityOperationResult.OPERATION_NONE.equals(result.getOperation())) {
      forgetSignIns();
    }
    return result;
  }

  private void forgetSignIns() {
    signIns.forget();
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> signIns.forget());
    }
  }
}
