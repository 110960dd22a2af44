package kr.go.molit.rbd.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.go.molit.rbd.security.WebappPages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * 알림함: the notifications sent to the signed-in official's organisations, newest first, so an
 * official reads them whether or not mail is configured, and sees whether each was mailed. Only the
 * official's own groups' notifications: the same organisations the process grants the tasks and
 * petitions they are about. Served outside the webapps, without scripts, linked from Welcome and
 * from Tasklist's top bar, which shows how many are new (those sent since the official last opened
 * it, marked 새 알림 here).
 */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

  /** The notifications shown: a region receives a few a week; this is months of them. */
  static final int MOST = 200;

  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em;max-width:60em}article{border-top:1px solid #ccc;"
          + "padding:.5em 0}h2{font-size:1.1em;margin:.3em 0}.meta{color:#555;margin:.2em 0}"
          + ".body{white-space:pre-wrap;margin:.5em 0}.mark{background:#c00;color:#fff;"
          + "border-radius:3px;padding:0 .3em;font-size:.8em}";

  private final ProcessEngine engine;
  private final NotificationLedger ledger;
  private final ObjectProvider<NotificationMailer> mailer;
  private final SeenNotifications seen;

  NotificationPages(
      ProcessEngine engine,
      NotificationLedger ledger,
      ObjectProvider<NotificationMailer> mailer,
      SeenNotifications seen) {
    this.engine = engine;
    this.ledger = ledger;
    this.mailer = mailer;
    this.seen = seen;
  }

  @GetMapping
  ResponseEntity<String> inbox(HttpServletRequest request, HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    Map<String, String> groups = groupsOf(user);
    List<Notification> notices = ledger.forGroups(groups.keySet(), MOST);
    Optional<Instant> lastSeen = seen.lastSeen(user);
    boolean mailOn = mailer.getIfAvailable() != null;
    StringBuilder page =
        WebappPages.page("알림함", STYLE)
            .append("<p>")
            .append(e(String.join(", ", groups.values())))
            .append("에 보낸 알림입니다 (최근 ")
            .append(MOST)
            .append("건까지).</p>\n");
    if (notices.isEmpty()) {
      page.append("<p>받은 알림이 없습니다.</p>\n");
    }
    for (Notification notice : notices) {
      boolean fresh = lastSeen.map(notice.createdAt()::isAfter).orElse(true);
      page.append(
              fresh
                  ? "<article class=\"new\"><h2><span class=\"mark\">새 알림</span> "
                  : "<article><h2>")
          .append(e(notice.subject()))
          .append("</h2><p class=\"meta\">")
          .append(WebappPages.when(notice.createdAt()))
          .append(" · 받는 곳: ")
          .append(e(groups.getOrDefault(notice.recipientGroup(), notice.recipientGroup())));
      if (mailOn) {
        page.append(" · ").append(mailState(notice));
      }
      page.append("</p><p class=\"body\">").append(e(notice.body())).append("</p>");
      if (notice.petitionNumber() != null) {
        // every petition notice goes to an organisation that may see the petition
        page.append("<p><a href=\"")
            .append(request.getContextPath())
            .append("/petitions/")
            .append(e(UriUtils.encodePathSegment(notice.petitionNumber(), "UTF-8")))
            .append("\">건의 경과 보기</a></p>");
      }
      page.append("</article>\n");
    }
    page.append(WebappPages.end(request.getContextPath()));
    if (!notices.isEmpty()) {
      seen.seen(user, notices.get(0).createdAt());
    }
    return WebappPages.html(HttpStatus.OK).body(page.toString());
  }

  /**
   * How many notifications came to the official's organisations since they last opened 알림함, for
   * Tasklist's top bar ({@code tasklist/scripts/notifications-link.js}): {@code {"count": n}}, n at
   * most {@link SeenNotifications#MOST_COUNTED}; 401 when no one is signed in.
   */
  @GetMapping(path = "/new", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> newOnes(
      HttpServletRequest request, HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.status(user == null ? HttpStatus.UNAUTHORIZED : HttpStatus.OK)
            .contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.CACHE_CONTROL, "no-store");
    if (user == null) {
      return answer.body(Map.of("message", "로그인이 끝났습니다. 다시 로그인해 주십시오."));
    }
    return answer.body(
        Map.of(
            "count",
            seen.newSince(groupsOf(user).keySet(), seen.lastSeen(user)),
            "most",
            SeenNotifications.MOST_COUNTED));
  }

  /** The official's organisations (their groups), by id, with their names. */
  private Map<String, String> groupsOf(String user) {
    Map<String, String> groups = new LinkedHashMap<>();
    for (Group group :
        engine.getIdentityService().createGroupQuery().groupMember(user).listPage(0, 100)) {
      groups.put(group.getId(), group.getName() == null ? group.getId() : group.getName());
    }
    return groups;
  }

  private static String mailState(Notification notice) {
    if (notice.mailedAt() != null) {
      return "메일 발송 " + WebappPages.when(notice.mailedAt());
    }
    return notice.mailGivenUpAt() != null ? "메일을 보내지 못함" : "메일 발송 대기";
  }

  private static String e(String text) {
    return WebappPages.escape(text);
  }
}
