package kr.go.molit.rbd.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts HTTP Basic against Camunda's identity service in front of the engine REST API and our own
 * API. Without it the REST starter serves {@code /engine-rest} anonymously, and an anonymous caller
 * passes every authorization check of the engine. Camunda's filter lets the engine list ({@code
 * /engine-rest/engine}) through anonymously; ours does not, so every path answers 401 alike.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EveryPathAuthenticated());
    registration.setName("rbd-engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(SecurityFilterOrder.AUTHENTICATION);
    return registration;
  }

  /** Camunda's filter without its list of paths open to anyone. */
  static final class EveryPathAuthenticated extends ProcessEngineAuthenticationFilter {

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }
}
