package kr.go.molit.rbd.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts HTTP Basic against Camunda's identity service in front of the engine REST API and our own
 * API. Without it the REST starter serves {@code /engine-rest} anonymously, and an anonymous caller
 * passes every authorization check of the engine.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("rbd-engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(SecurityFilterOrder.AUTHENTICATION);
    return registration;
  }
}
