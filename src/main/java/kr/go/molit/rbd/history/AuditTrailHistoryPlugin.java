package kr.go.molit.rbd.history;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Makes {@link AuditTrailHistoryLevel} the engine's level "full": the engine picks the last level
 * registered under the configured name, and custom levels come after its own. The database keeps
 * recording history level 3 (full), so databases written before and after agree.
 */
@Component
public class AuditTrailHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> custom =
        configuration.getCustomHistoryLevels() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(new AuditTrailHistoryLevel());
    configuration.setCustomHistoryLevels(custom);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (ProcessEngineConfiguration.HISTORY_FULL.equals(configuration.getHistory())
        && !(configuration.getHistoryLevel() instanceof AuditTrailHistoryLevel)) {
      throw new IllegalStateException(
          "history level 'full' resolved to "
              + configuration.getHistoryLevel()
              + " instead of "
              + AuditTrailHistoryLevel.class.getSimpleName());
    }
  }
}
