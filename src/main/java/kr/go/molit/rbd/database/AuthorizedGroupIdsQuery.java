package kr.go.molit.rbd.database;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every command that checks permissions, the engine asks which groups hold any authorization
 * at all ({@code selectAuthorizedGroupIds}), with a {@code SELECT DISTINCT} over the whole
 * authorization table. We keep a grant per open task and petition, so that scan grew with the
 * petitions (7 ms at 5,000 open petitions, over 100 ms at 100,000), in every command. This plugin
 * adds our statement ({@code db/mybatis/authorized-group-ids.xml}: the same answer, read by walking
 * the group index) and maps the engine's statement name to it, through the engine's own
 * per-database statement mapping, for this engine only. The engine's authorization manager is
 * replaced by {@link CachingAuthorizationManager}, so the answer is shared between commands for a
 * while ({@link AuthorizedGroupIdsCache}) instead of read before every one, and permission checks
 * on named resources are answered through {@link PermissionDecision} (its mapper is read here).
 */
@Component
public class AuthorizedGroupIdsQuery extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
  static final String OUR_STATEMENT = "kr.go.molit.rbd.database.rbdSelectAuthorizedGroupIds";
  static final String MAPPER = "db/mybatis/authorized-group-ids.xml";

  private final AuthorizedGroupIdsCache cache = new AuthorizedGroupIdsCache();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineSessions.add(
        configuration, AuthorizationManager.class, () -> new CachingAuthorizationManager(cache));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    EngineStatements.replace(configuration, MAPPER, ENGINE_STATEMENT, OUR_STATEMENT);
  }
}
