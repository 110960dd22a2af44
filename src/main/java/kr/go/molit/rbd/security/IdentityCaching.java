package kr.go.molit.rbd.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.spring.SpringProcessEnginePlugin;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Identities kept between requests and what keeps them current: the engine's identity provider
 * reporting every change ({@link IdentityChangeReportingProvider}) to {@link IdentityChanges}, the
 * REST API's {@link SignInCache} emptied by each, and the webapps' sessions checked again after
 * each ({@link WebappSessionRevalidation}); the cache's hits and misses for operators ({@code
 * rbd.rest.sign-ins}).
 */
@Configuration(proxyBeanMethods = false)
class IdentityCaching {

  @Bean
  IdentityChanges identityChanges() {
    return new IdentityChanges();
  }

  @Bean
  SignInCache signInCache(SecurityProperties security, IdentityChanges changes) {
    SignInCache signIns = new SignInCache(security.signInCacheTtl());
    changes.onChange(signIns::forget);
    return signIns;
  }

  @Bean
  SpringProcessEnginePlugin identityChangeReportingProvider(IdentityChanges changes) {
    return new SpringProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() != null) {
          throw new IllegalStateException(
              "Another identity provider is configured ("
                  + configuration.getIdentityProviderSessionFactory().getSessionType().getName()
                  + "): its changes would not reach the sign-in cache and the webapps' sessions");
        }
        configuration.setIdentityProviderSessionFactory(
            new SessionFactory() {
              @Override
              public Class<?> getSessionType() {
                return IdentityChangeReportingProvider.class;
              }

              @Override
              public Session openSession() {
                return new IdentityChangeReportingProvider(changes);
              }
            });
      }
    };
  }

  @Bean
  FilterRegistrationBean<WebappSessionRevalidation> webappSessionRevalidation(
      IdentityChanges changes) {
    FilterRegistrationBean<WebappSessionRevalidation> registration =
        new FilterRegistrationBean<>(new WebappSessionRevalidation(changes));
    registration.setName("rbd-webapp-session-revalidation");
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityFilterOrder.AUTHENTICATION);
    return registration;
  }

  @Bean
  MeterBinder signInCacheMetrics(SignInCache signIns) {
    return (MeterRegistry registry) -> {
      FunctionCounter.builder("rbd.rest.sign-ins", signIns, SignInCache::hits)
          .tag("result", "cached")
          .description("REST sign-ins answered from the cache of checked sign-ins")
          .register(registry);
      FunctionCounter.builder("rbd.rest.sign-ins", signIns, SignInCache::misses)
          .tag("result", "checked")
          .description("REST sign-ins checked by the engine (none kept, another password, expired)")
          .register(registry);
    };
  }
}
