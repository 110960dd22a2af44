package kr.go.molit.rbd.petition;

import java.util.Collection;
import kr.go.molit.rbd.directory.Grants;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
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

  private final Grants grants;

  PetitionVisibility(AuthorizationService authorizations) {
    this.grants = new Grants(authorizations);
  }

  public void grant(String processInstanceId, Collection<String> groupIds) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String groupId : groupIds) {
        grants.ensure(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        grants.ensure(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
            HistoricProcessInstancePermissions.READ);
      }
      return null;
    });
  }
}
