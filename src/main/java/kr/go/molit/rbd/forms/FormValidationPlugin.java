package kr.go.molit.rbd.forms;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers server-side form validation with the engine's BPMN parser and command stack. */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration
        .getCustomPostBPMNParseListeners()
        .add(new FormValidationParseListener(new FormSubmissionValidator()));
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration
        .getCustomPreCommandInterceptorsTxRequired()
        .add(new FormValidationFailureInterceptor());
  }
}
