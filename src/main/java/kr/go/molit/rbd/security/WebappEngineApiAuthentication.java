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
 * Camunda's own rules leave the engine list and the password-policy endpoints open to anyone. The
 * password-policy endpoints now answer 401 like every other engine endpoint. The engine list stays
 * open to {@code GET}: the apps read it before their login page works (without it Tasklist never
 * gets past sign-in), and it names the engines only, without touching one (SECURITY.md).
 */
class WebappEngineApiAuthentication extends OncePerRequestFilter {

  static final String ENGINE_LIST = "/camunda/api/engine/engine/";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isEngineList(request) && !signedIn(request.getSession(false))) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write("{\"type\":\"AUTHENTICATION_REQUIRED\",\"message\":\"로그인이 필요합니다.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isEngineList(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "GET".equals(request.getMethod()) && ENGINE_LIST.equals(path);
  }

  private static boolean signedIn(HttpSession session) {
    return session != null
        && !AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
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
