package kr.go.molit.rbd.api;

import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns Jersey's bean validation off for {@code /engine-rest}. Camunda's REST resources declare no
 * constraints (they check their input themselves), yet with Hibernate Validator on the class path
 * (our configuration properties use it) Jersey looked every resource method up for constraints on
 * every call: 4 % of the HTTP threads' samples in a claim/submit-form profile. Our own API is
 * Spring MVC and keeps its validation.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestWithoutBeanValidation {

  @Bean
  ResourceConfigCustomizer beanValidationOff() {
    return config -> config.property(ServerProperties.BV_FEATURE_DISABLE, true);
  }
}
