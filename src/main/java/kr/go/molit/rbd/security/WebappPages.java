package kr.go.molit.rbd.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import kr.go.molit.rbd.calendar.WorkingDays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * What our own pages beside the webapps (포럼 회의록, 알림함, 건의 현황) share: the official signed in to the
 * webapps in this browser session, the way back to the sign-in page, HTML answers that are never
 * cached and run no script, the page frame with its way back to Welcome, escaping, and times as
 * officials write them in Korea.
 */
public final class WebappPages {

  /** Where an official who is not signed in is sent: the Welcome page's sign-in. */
  public static final String LOGIN = "/camunda/app/welcome/default/#!/login";

  /**
   * No script at all; inline style only, for the pages' own small style sheets; forms (건의 현황's
   * search) sent to this server only.
   */
  public static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
          + "base-uri 'none'; form-action 'self'";

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy. MM. dd. HH:mm").withZone(WorkingDays.KOREA);

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

  /**
   * The token our pages' forms that change something carry (건의's 첨부 문서), one per browser session,
   * so that no other site can make a signed-in official's browser send them. The session cookie is
   * also SameSite=Strict; the token holds where that is not honoured.
   */
  public static String formToken(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    Object token = session.getAttribute(FORM_TOKEN);
    if (token instanceof String existing) {
      return existing;
    }
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String created = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    session.setAttribute(FORM_TOKEN, created);
    return created;
  }

  /** Whether a form sent back carries this session's token ({@link #formToken}). */
  public static boolean formTokenMatches(HttpServletRequest request, String sent) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(FORM_TOKEN);
    return token instanceof String expected
        && sent != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static final String FORM_TOKEN = "rbd.formToken";
  private static final SecureRandom RANDOM = new SecureRandom();

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

  /** A page's head, with its own small style sheet, and its heading, both titled {@code title}. */
  public static StringBuilder page(String title, String style) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"UTF-8\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>")
        .append(style)
        .append("</style></head><body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n");
  }

  /** A page's end: the way back to the Welcome page. */
  public static String end(String contextPath) {
    return "<p><a href=\""
        + escape(contextPath)
        + "/camunda/app/welcome/\">처음 화면으로</a></p>\n</body></html>\n";
  }

  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** A moment as officials write it, in Korea: 2026. 12. 03. 18:00. */
  public static String when(Instant moment) {
    return moment == null ? "" : WHEN.format(moment);
  }
}
