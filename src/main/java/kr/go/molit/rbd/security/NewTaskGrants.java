package kr.go.molit.rbd.security;

import kr.go.molit.rbd.database.CommandEntities;
import kr.go.molit.rbd.database.EngineSessions;
import kr.go.molit.rbd.database.EngineStatements;
import kr.go.molit.rbd.history.RootRemovalTimes;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's default grants for tasks (the same authorizations, created the same way), without the
 * database read that looks for an existing grant when the task was created in the running command:
 * nothing in the database can name a task id that is not there yet, so that read (two per candidate
 * group with historic instance permissions on, twenty per petition) always found nothing. Grants
 * made earlier in the same command are still merged from the engine's entity cache as before. For a
 * task that is already stored (a claim, a later candidate group), the read runs. The grants'
 * removal time comes from the petition's root instance through {@link RootRemovalTimes}, as the
 * history's does.
 */
public class NewTaskGrants extends DefaultAuthorizationProvider {

  private final RootRemovalTimes roots;

  public NewTaskGrants(RootRemovalTimes roots) {
    this.roots = roots;
  }

  @Override
  protected HistoryEvent findHistoricProcessInstance(String rootProcessInstanceId) {
    return roots.find(rootProcessInstanceId);
  }

  @Override
  protected AuthorizationEntity getGrantAuthorization(
      String taskId, String userId, String groupId, Resource resource) {
    if (CommandEntities.isCreatedInThisCommand(TaskEntity.class, taskId)) {
      return null;
    }
    if ((userId != null || groupId != null) && TaskGrantReads.answers(resource)) {
      return Context.getCommandContext()
          .getSession(TaskGrantReads.class)
          .grant(taskId, userId, groupId, resource);
    }
    return super.getGrantAuthorization(taskId, userId, groupId, resource);
  }

  /** Installs it unless the configuration names a provider of its own. */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {

    private final RootRemovalTimes roots;

    Plugin(RootRemovalTimes roots) {
      this.roots = roots;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      if (configuration.getResourceAuthorizationProvider() == null) {
        configuration.setResourceAuthorizationProvider(new NewTaskGrants(roots));
      }
      EngineSessions.add(configuration, TaskGrantReads.class, TaskGrantReads::new);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
      EngineStatements.load(configuration, TaskGrantReads.MAPPER, TaskGrantReads.STATEMENT);
    }
  }
}
