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
 * identity service, and membership of {@code camunda-admin} or {@code operators}. Without valid
 * credentials the answer is 401 (sign in); a signed-in official who is not an operator gets 403, so
 * a script does not retry with the same account believing its password wrong.
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
    String user = authenticatedUser(request.getHeader("Authorization"));
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"rbd-workflow operators\"");
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "운영자 인증이 필요합니다.");
      return;
    }
    if (!isOperator(user)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "운영자만 볼 수 있습니다.");
      return;
    }
    chain.doFilter(request, response);
  }

  private String authenticatedUser(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    return identity.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
  }

  private boolean isOperator(String userId) {
    return identity
            .createGroupQuery()
            .groupMember(userId)
            .groupIdIn(Groups.CAMUNDA_ADMIN, OPERATORS_GROUP)
            .count()
        > 0;
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<OperatorEndpointsFilter> operatorEndpointsFilter(
        IdentityService identity) {
      FilterRegistrationBean<OperatorEndpointsFilter> registration =
          new FilterRegistrationBean<>(new OperatorEndpointsFilter(identity));
      registration.setName("rbd-operator-endpoints");
      registration.addUrlPatterns("/actuator/*");
      registration.setOrder(SecurityFilterOrder.OPERATOR_ENDPOINTS);
      return registration;
    }
  }
}
