package kr.go.molit.rbd.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What our own pages beside the webapps (포럼 회의록, 알림함) share: the official signed in to the webapps
 * in this browser session, the way back to the sign-in page, and HTML answers that are never cached
 * and run no script.
 */
public final class WebappPages {

  /** Where an official who is not signed in is sent: the Welcome page's sign-in. */
  public static final String LOGIN = "/camunda/app/welcome/default/#!/login";

  /** No script at all; inline style only, for the pages' own small style sheets. */
  public static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
          + "base-uri 'none'; form-action 'none'";

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private WebappPages() {}

  /**
   * The user signed in to the webapps in this session, if they still exist (their groups are read
   * again for each question to the engine: {@link ActingUser}). Also replaces the script-free
   * policy the security headers filter set for every page outside the webapps with one that lets
   * these pages keep their inline style.
   */
  public static String signedIn(
      ProcessEngine engine, HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CSP);
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentication signedIn =
        AuthenticationUtil.getAuthsFromSession(session)
            .getAuthenticationForProcessEngine(engine.getName());
    if (signedIn == null || signedIn.getIdentityId() == null) {
      return null;
    }
    String user = signedIn.getIdentityId();
    return engine.getIdentityService().createUserQuery().userId(user).count() == 1 ? user : null;
  }

  public static <T> ResponseEntity<T> toSignIn(HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.FOUND)
        .location(URI.create(request.getContextPath() + LOGIN))
        .build();
  }

  public static ResponseEntity.BodyBuilder html(HttpStatus status) {
    return ResponseEntity.status(status)
        .contentType(HTML)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
