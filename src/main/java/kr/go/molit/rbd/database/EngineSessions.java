package kr.go.molit.rbd.database;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Puts a session of ours in a command's reach: the engine opens one per command for the type on
 * first use ({@code commandContext.getSession(type)}), and for a type it has a session of its own
 * for (a manager), ours takes its place, since the engine adds custom factories after its own. To
 * be called in a plugin's {@code preInit}.
 */
public final class EngineSessions {

  private EngineSessions() {}

  public static void add(
      ProcessEngineConfigurationImpl configuration,
      Class<?> type,
      Supplier<? extends Session> open) {
    List<SessionFactory> factories =
        configuration.getCustomSessionFactories() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(
        new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return type;
          }

          @Override
          public Session openSession() {
            return open.get();
          }
        });
    configuration.setCustomSessionFactories(factories);
  }
}
