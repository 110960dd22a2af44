package kr.go.molit.rbd.api;

import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Camunda's set of configuration classes (providers, filters, extra resources), which both engine
 * APIs ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}) register when they
 * start: a class put here serves both. Changed under the set's lock, before either API starts (from
 * a {@code BeanFactoryPostProcessor}).
 */
public final class EngineRestClasses {

  private EngineRestClasses() {}

  public static void add(Class<?> added) {
    replace(null, added);
  }

  /** Puts {@code added} in place of {@code replaced} (none if null). */
  public static void replace(Class<?> replaced, Class<?> added) {
    Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses();
    synchronized (configuration) {
      if (replaced != null) {
        configuration.remove(replaced);
      }
      configuration.add(added);
    }
  }
}
