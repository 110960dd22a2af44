package kr.go.molit.rbd.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts HTTP Basic against Camunda's identity service in front of the engine REST API and our own
 * API. Without it the REST starter serves {@code /engine-rest} anonymously, and an anonymous caller
 * passes every authorization check of the engine. Camunda's filter lets the engine list ({@code
 * /engine-rest/engine}) through anonymously; ours does not, so every path answers 401 alike.
 * Signing in checks the password and reads the caller's groups and tenants in one engine
 * transaction ({@link OneTransactionBasicAuthentication}), or not at all for a caller whose sign-in
 * the {@link SignInCache} keeps.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(
      ObjectProvider<ProcessEngine> engine, SignInCache signIns) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EveryPathAuthenticated(engine, signIns));
    registration.setName("rbd-engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        OneTransactionBasicAuthentication.class.getName());
    registration.setOrder(SecurityFilterOrder.AUTHENTICATION);
    return registration;
  }

  /**
   * Camunda's filter without its list of paths open to anyone, and finding this application's
   * engine by name without a ServiceLoader scan of the class path on every request, signing in with
   * the server's {@link SignInCache}.
   */
  static final class EveryPathAuthenticated extends ProcessEngineAuthenticationFilter {

    private final ObjectProvider<ProcessEngine> engine;
    private final SignInCache signIns;

    /**
     * Our engine once found: asking the provider resolves the bean anew each time (3 % of a form's
     * CPU).
     */
    private volatile ProcessEngine own;

    EveryPathAuthenticated(ObjectProvider<ProcessEngine> engine, SignInCache signIns) {
      this.engine = engine;
      this.signIns = signIns;
    }

    /**
     * Camunda's initialisation, then our provider with the cache in place of the one it created.
     */
    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
      super.init(filterConfig);
      authenticationProvider = new OneTransactionBasicAuthentication(signIns);
    }

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }

    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
      ProcessEngine found = own;
      if (found == null) {
        found = engine.getIfAvailable();
        own = found;
      }
      return found != null && found.getName().equals(engineName)
          ? found
          : super.getAddressedEngine(engineName);
    }
  }
}
