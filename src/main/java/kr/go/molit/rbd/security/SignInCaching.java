package kr.go.molit.rbd.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.spring.SpringProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link SignInCache} of the REST API, the engine's identity provider that empties it on every
 * identity change ({@link SignInForgettingIdentityProvider}), and its hit and miss counts for
 * operators ({@code rbd.rest.sign-ins}).
 */
@Configuration(proxyBeanMethods = false)
class SignInCaching {

  @Bean
  SignInCache signInCache(SecurityProperties security) {
    return new SignInCache(security.signInCacheTtl());
  }

  @Bean
  SpringProcessEnginePlugin signInForgettingIdentityProvider(SignInCache signIns) {
    return new SpringProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() != null) {
          throw new IllegalStateException("Another identity provider is configured ("
              + configuration.getIdentityProviderSessionFactory().getSessionType().getName()
              + "); REST sign-ins would be kept past its changes: set rbd.security.sign-in-cache-ttl to 0s"
              + " and remove this plugin");
        }
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return SignInForgettingIdentityProvider.class;
          }

          @Override
          public Session openSession() {
            return new SignInForgettingIdentityProvider(signIns);
          }
        });
      }
    };
  }

  @Bean
  MeterBinder signInCacheMetrics(SignInCache signIns) {
    return (MeterRegistry registry) -> {
      FunctionCounter.builder("rbd.rest.sign-ins", signIns, SignInCache::hits).tag("result", "cached")
          .description("REST sign-ins answered from the cache of checked sign-ins").register(registry);
      FunctionCounter.builder("rbd.rest.sign-ins", signIns, SignInCache::misses).tag("result", "checked")
          .description("REST sign-ins checked by the engine (none kept, another password, expired)")
          .register(registry);
    };
  }
}
