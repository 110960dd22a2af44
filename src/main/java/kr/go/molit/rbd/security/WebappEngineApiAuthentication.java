package kr.go.molit.rbd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' mount of the engine REST API ({@code /camunda/api/engine}) for signed-in users only.
 * Camunda's own rules leave the engine list and the password-policy endpoints open to anyone; the
 * apps need neither before sign-in, so here they answer 401 like every other engine endpoint.
 */
class WebappEngineApiAuthentication extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!signedIn(request.getSession(false))) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write(
          "{\"type\":\"AUTHENTICATION_REQUIRED\",\"message\":\"로그인이 필요합니다.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean signedIn(HttpSession session) {
    return session != null && !AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<WebappEngineApiAuthentication> webappEngineApiAuthentication() {
      FilterRegistrationBean<WebappEngineApiAuthentication> registration =
          new FilterRegistrationBean<>(new WebappEngineApiAuthentication());
      registration.setName("rbd-webapp-engine-api-authentication");
      registration.addUrlPatterns("/camunda/api/engine/*");
      registration.setOrder(SecurityFilterOrder.AUTHENTICATION);
      return registration;
    }
  }
}
