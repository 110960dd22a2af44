package kr.go.molit.rbd.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.ognl.PropertyAccessor;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * OGNL's property reads for the expressions in MyBatis mappings (the engine's {@code <if test>}),
 * with the read methods it finds the slow way remembered.
 *
 * <p>OGNL finds a property's getter ({@code getX}/{@code isX}) through a cache; a property named
 * like its method ({@code isWithoutTenantId}, {@code isOrQueryActive}, {@code isTenantIdSet}, ...,
 * which the engine's mappings use) it looks for by walking every public method of the class and
 * comparing lower-cased names, on every evaluation and without a cache. For the engine's {@code
 * TaskQueryImpl} (hundreds of methods) that was 4 % of the CPU of the petition rounds (JFR), twice
 * per task query. This accessor does exactly what OGNL's {@link ObjectPropertyAccessor} does
 * (getter, else that read method, access check, else the field), remembering the read method per
 * class and name: reflection gives the same answer for a loaded class every time.
 *
 * <p>OGNL keeps its accessors per JVM; this one is installed for {@code Object} (every class
 * without an accessor of its own, as OGNL's default is) before the engine builds, so every engine
 * of the JVM uses it from its first statement on.
 */
public final class OgnlReadMethods extends ObjectPropertyAccessor {

  private static final OgnlReadMethods INSTANCE = new OgnlReadMethods();

  private OgnlReadMethods() {}

  private final ClassValue<ConcurrentMap<String, Optional<Method>>> readMethods =
      new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  /** Installs the accessor for every class without one of its own; idempotent. */
  public static void install() {
    synchronized (OgnlReadMethods.class) {
      PropertyAccessor current = currentForObject();
      if (current != INSTANCE) {
        OgnlRuntime.setPropertyAccessor(Object.class, INSTANCE);
      }
    }
  }

  public static boolean installed() {
    return currentForObject() == INSTANCE;
  }

  private static PropertyAccessor currentForObject() {
    try {
      return OgnlRuntime.getPropertyAccessor(Object.class);
    } catch (OgnlException e) {
      return null;
    }
  }

  /** How many read methods of this class were looked up the slow way (once per name). */
  int remembered(Class<?> type) {
    return readMethods.get(type).size();
  }

  @Override
  public Object getPossibleProperty(OgnlContext context, Object target, String name)
      throws OgnlException {
    if (target == null) {
      return super.getPossibleProperty(context, target, name);
    }
    try {
      Method method = readMethod(target.getClass(), name);
      if (method == null
          || !context.getMemberAccess().isAccessible(context, target, method, name)) {
        return OgnlRuntime.getFieldValue(context, target, name, true);
      }
      try {
        return OgnlRuntime.invokeMethod(target, method, OgnlRuntime.NoArguments);
      } catch (InvocationTargetException e) {
        throw new OgnlException(name, e.getTargetException());
      }
    } catch (OgnlException e) {
      throw e;
    } catch (Exception e) {
      throw new OgnlException(name, e);
    }
  }

  /** OGNL's choice: the getter, else the read method of that name (now remembered). */
  Method readMethod(Class<?> type, String name) {
    Method getter = OgnlRuntime.getGetMethod(type, name);
    if (getter != null) {
      return getter;
    }
    return readMethods
        .get(type)
        .computeIfAbsent(name, n -> Optional.ofNullable(OgnlRuntime.getReadMethod(type, n, null)))
        .orElse(null);
  }

  static OgnlReadMethods instance() {
    return INSTANCE;
  }

  /** Installs the accessor before the engine's first statement. */
  @Component
  static class Installation extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      install();
    }
  }
}
