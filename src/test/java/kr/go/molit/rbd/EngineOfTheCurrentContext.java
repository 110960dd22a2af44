package kr.go.molit.rbd;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the engine of the test's own context the one Camunda's REST API and webapps find. They look
 * it up by name in a JVM-wide registry, where the last engine started wins; with the H2 and
 * PostgreSQL contexts both cached, a PostgreSQL test's HTTP calls would otherwise reach the H2
 * engine while its Java calls reach PostgreSQL.
 */
public class EngineOfTheCurrentContext implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
  }
}
