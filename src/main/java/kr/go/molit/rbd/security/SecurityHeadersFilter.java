package kr.go.molit.rbd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers for everything outside the webapps (REST, our API, actuator, redirects). The
 * webapps under {@code /camunda} get Camunda's own header filter, whose CSP carries the nonce the
 * apps need, so we leave those paths alone.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  /** As Camunda's header filter sends it for the webapps; browsers ignore it over plain HTTP. */
  static final String HSTS = "max-age=31536000";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
      response.setHeader("Content-Security-Policy", API_CSP);
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
      FilterRegistrationBean<SecurityHeadersFilter> registration =
          new FilterRegistrationBean<>(new SecurityHeadersFilter());
      registration.setName("rbd-security-headers");
      registration.setOrder(SecurityFilterOrder.HEADERS);
      return registration;
    }
  }
}
