package kr.go.molit.rbd.petition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.go.molit.rbd.database.CommandEntities;
import kr.go.molit.rbd.directory.Grants;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Service;

/**
 * Lets groups see one petition: its running instance (with variables) and its history. Called by
 * the process when a petition starts and when it is routed, so the grants hold whichever API
 * started it. Grants are made with the engine's authority, not the acting official's.
 */
@Service
public class PetitionVisibility {

  /** What each group gets: the running instance (with variables) and its history. */
  private static final Map<Resource, Permission> PERMISSIONS = new LinkedHashMap<>();

  static {
    PERMISSIONS.put(Resources.PROCESS_INSTANCE, Permissions.READ);
    PERMISSIONS.put(Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ);
  }

  private final Grants grants;

  PetitionVisibility(AuthorizationService authorizations) {
    this.grants = new Grants(authorizations);
  }

  public void grant(String processInstanceId, Collection<String> groupIds) {
    boolean started =
        CommandEntities.isCreatedInThisCommand(ExecutionEntity.class, processInstanceId);
    Context.getCommandContext()
        .runWithoutAuthorization(
            () -> {
              grants.ensure(groupIds, processInstanceId, PERMISSIONS, started);
              return null;
            });
  }
}
