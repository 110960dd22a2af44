package kr.go.molit.rbd.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kr.go.molit.rbd.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The server's engine decides with the shortcut in front of Camunda's FEEL engine, handing each
 * decision only the variables it names.
 */
@ProcessTest
class LiteralFeelEngineInstalledTest {

  @Autowired ProcessEngine engine;

  @Test
  void theEnginesDecisionTablesUseIt() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine())
        .isInstanceOf(LiteralFeelEngine.class);
    assertThat(configuration.getDmnEngine()).isInstanceOf(ReferencedVariablesDmnEngine.class);
    assertThat(configuration.getDmnEngine().getConfiguration())
        .isSameAs(configuration.getDmnEngineConfiguration());
    assertThat(
            engine
                .getDecisionService()
                .evaluateDecisionTableByKey("petition-routing", Map.of("category", "railway"))
                .collectEntries("division"))
        .containsExactly("division-railway-policy", "division-railway-construction");
  }
}
