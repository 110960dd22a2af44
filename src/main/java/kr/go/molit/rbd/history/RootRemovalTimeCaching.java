package kr.go.molit.rbd.history;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.batch.BatchJobHandler;
import org.camunda.bpm.engine.impl.batch.removaltime.ProcessSetRemovalTimeJobHandler;
import org.camunda.bpm.engine.impl.batch.removaltime.SetRemovalTimeBatchConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Puts {@link RootRemovalTimes} where the engine reads a root instance's removal time for the
 * history it writes (its history event producer), and empties it whenever one of Camunda's "set
 * removal time" batch jobs for process instances runs (its handler, by the same type). The grants
 * per task read it through {@code security/NewTaskGrants}.
 */
@Component
class RootRemovalTimeCaching extends AbstractProcessEnginePlugin {

  private final RootRemovalTimes roots;

  RootRemovalTimeCaching(RootRemovalTimes roots) {
    this.roots = roots;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryEventProducer() == null) {
      configuration.setHistoryEventProducer(new Producer(roots));
    }
    List<BatchJobHandler<?>> handlers =
        configuration.getCustomBatchJobHandlers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomBatchJobHandlers());
    handlers.add(new SetRemovalTimeJobs(roots));
    configuration.setCustomBatchJobHandlers(handlers);
  }

  /** The engine's producer, reading root removal times through the cache. */
  static final class Producer extends CacheAwareHistoryEventProducer {

    private final RootRemovalTimes roots;

    Producer(RootRemovalTimes roots) {
      this.roots = roots;
    }

    @Override
    protected HistoricProcessInstanceEventEntity getHistoricRootProcessInstance(
        String rootProcessInstanceId) {
      return roots.find(rootProcessInstanceId);
    }
  }

  /**
   * Camunda's job of the "set removal time" batch for process instances, emptying the cache first.
   */
  static final class SetRemovalTimeJobs extends ProcessSetRemovalTimeJobHandler {

    private final RootRemovalTimes roots;

    SetRemovalTimeJobs(RootRemovalTimes roots) {
      this.roots = roots;
    }

    @Override
    public void executeHandler(
        SetRemovalTimeBatchConfiguration configuration,
        ExecutionEntity execution,
        CommandContext commandContext,
        String tenantId) {
      roots.forget();
      super.executeHandler(configuration, execution, commandContext, tenantId);
    }
  }
}
