package kr.go.molit.rbd.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Places the {@link OrQueryExpressionGuard} after the command context is opened, on both command
 * executors (required and requires-new transactions), so no command reaches the engine around it.
 */
@Component
class QueryGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors =
        existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    interceptors.add(new OrQueryExpressionGuard());
    return interceptors;
  }
}
