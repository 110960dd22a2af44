package kr.go.molit.rbd.petition;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Service;

/**
 * Lets groups see one petition: its running instance (with variables) and its history. Called by
 * the process when a petition starts and when it is routed, so the grants hold whichever API
 * started it. Grants are made with the engine's authority, not the acting official's.
 */
@Service
public class PetitionVisibility {

  private final AuthorizationService authorizations;

  PetitionVisibility(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grant(String processInstanceId, Collection<String> groupIds) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String groupId : groupIds) {
        ensure(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        ensure(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
            HistoricProcessInstancePermissions.READ);
      }
      return null;
    });
  }

  private void ensure(String groupId, Resource resource, String resourceId, Permission permission) {
    boolean granted = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (!granted) {
      Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizations.saveAuthorization(authorization);
    }
  }
}
