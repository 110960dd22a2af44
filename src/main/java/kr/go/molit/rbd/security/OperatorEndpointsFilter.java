package kr.go.molit.rbd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator endpoints other than health are for operators only: HTTP Basic against Camunda's
 * identity service, and membership of {@code camunda-admin} or {@code operators}.
 */
class OperatorEndpointsFilter extends OncePerRequestFilter {

  static final String OPERATORS_GROUP = "operators";

  private final IdentityService identity;

  OperatorEndpointsFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = authenticatedOperator(request.getHeader("Authorization"));
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"rbd-workflow operators\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "운영자 인증이 필요합니다.");
      return;
    }
    chain.doFilter(request, response);
  }

  private String authenticatedOperator(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      return null;
    }
    long memberships =
        identity.createGroupQuery().groupMember(userId)
            .groupIdIn(Groups.CAMUNDA_ADMIN, OPERATORS_GROUP).count();
    return memberships > 0 ? userId : null;
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<OperatorEndpointsFilter> operatorEndpointsFilter(IdentityService identity) {
      FilterRegistrationBean<OperatorEndpointsFilter> registration =
          new FilterRegistrationBean<>(new OperatorEndpointsFilter(identity));
      registration.setName("rbd-operator-endpoints");
      registration.addUrlPatterns("/actuator/*");
      registration.setOrder(SecurityFilterOrder.OPERATOR_ENDPOINTS);
      return registration;
    }
  }
}
