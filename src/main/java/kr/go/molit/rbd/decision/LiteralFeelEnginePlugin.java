package kr.go.molit.rbd.decision;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine {@link LiteralFeelEngine} in front of Camunda's own FEEL engine
 * (with the FEEL functions the engine configuration names, as Camunda's default would have). Left
 * alone when someone configured a FEEL engine of their own or the legacy one.
 */
@Component
public class LiteralFeelEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration(
          (DefaultDmnEngineConfiguration)
              DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn.getFeelEngineFactory() == null && !configuration.isDmnFeelEnableLegacyBehavior()) {
      // Called when the DMN engine is built, after the engine has handed over its FEEL functions.
      dmn.setFeelEngineFactory(
          () ->
              new LiteralFeelEngine(
                  new ScalaFeelEngineFactory(dmn.getFeelCustomFunctionProviders())
                      .createInstance()));
    }
  }
}
