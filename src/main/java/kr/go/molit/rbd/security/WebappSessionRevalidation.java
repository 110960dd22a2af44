package kr.go.molit.rbd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Date;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' sessions checked again after any change to users, groups, tenants or memberships.
 * Camunda's webapps keep a signed-in official's groups, tenants and apps in the session and read
 * them again only every five minutes ({@code camunda.bpm.webapp.auth.cache}): an official removed
 * from a region's group kept its permissions in Tasklist, and a deleted user stayed signed in, for
 * up to five minutes. Before Camunda's authentication filter sees a request, this marks the
 * session's authentications as due for that check when {@link IdentityChanges} counted a change
 * since the session was last checked, so Camunda reads them again (a deleted user is signed out). A
 * session's first request after sign-in is checked once as well; changes to a user's lock are not
 * counted, since a session does not hold the lock.
 */
class WebappSessionRevalidation extends OncePerRequestFilter {

  static final String CHECKED_AT = WebappSessionRevalidation.class.getName() + ".checkedAtChange";

  private final IdentityChanges changes;

  WebappSessionRevalidation(IdentityChanges changes) {
    this.changes = changes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      long current = changes.sessionChanges();
      if (!(session.getAttribute(CHECKED_AT) instanceof Long checkedAt) || checkedAt != current) {
        for (Authentication authentication :
            AuthenticationUtil.getAuthsFromSession(session).getAuthentications()) {
          if (authentication instanceof UserAuthentication user) {
            user.setCacheValidationTime(new Date(0)); // due: Camunda reads it again now
          }
        }
        session.setAttribute(CHECKED_AT, current);
      }
    }
    chain.doFilter(request, response);
  }
}
