package kr.go.molit.rbd.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several cached test contexts (H2, PostgreSQL, browser) each hold a process engine named
 * "default", and the engine REST API and the webapps find engines by name in {@link
 * ProcessEngines}: the last one built would answer every test's HTTP calls. Before each test class
 * and method this registers the engine of the test's own context again.
 */
public class CurrentProcessEngineListener implements TestExecutionListener, Ordered {

  @Override
  public void prepareTestInstance(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  private static void register(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext
          .getApplicationContext()
          .getBeanProvider(ProcessEngine.class)
          .ifAvailable(ProcessEngines::registerProcessEngine);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
