package kr.go.molit.rbd.api;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers one provider (an exception mapper, a request filter) in every Jersey application:
 * engine REST and the webapps' engine API alike, which is Camunda's own servlet. Jersey finds each
 * subclass through {@code
 * META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}.
 */
public abstract class InEveryJerseyApplication implements ForcedAutoDiscoverable {

  private final Class<?> provider;

  protected InEveryJerseyApplication(Class<?> provider) {
    this.provider = provider;
  }

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(provider)) {
      context.register(provider);
    }
  }
}
