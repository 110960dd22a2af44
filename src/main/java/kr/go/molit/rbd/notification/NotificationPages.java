package kr.go.molit.rbd.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.security.WebappPages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * 알림함: the notifications sent to the signed-in official's organisations, newest first, so an
 * official reads them whether or not mail is configured, and sees whether each was mailed. Only the
 * official's own groups' notifications: the same organisations the process grants the tasks and
 * petitions they are about. Served outside the webapps, without scripts, linked from Welcome.
 */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

  /** The notifications shown: a region receives a few a week; this is months of them. */
  static final int MOST = 200;

  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em;max-width:60em}article{border-top:1px solid #ccc;"
          + "padding:.5em 0}h2{font-size:1.1em;margin:.3em 0}.meta{color:#555;margin:.2em 0}"
          + ".body{white-space:pre-wrap;margin:.5em 0}";

  private final ProcessEngine engine;
  private final NotificationLedger ledger;
  private final ObjectProvider<NotificationMailer> mailer;

  NotificationPages(
      ProcessEngine engine, NotificationLedger ledger, ObjectProvider<NotificationMailer> mailer) {
    this.engine = engine;
    this.ledger = ledger;
    this.mailer = mailer;
  }

  @GetMapping
  ResponseEntity<String> inbox(HttpServletRequest request, HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    Map<String, String> groups = new LinkedHashMap<>();
    for (Group group :
        engine.getIdentityService().createGroupQuery().groupMember(user).listPage(0, 100)) {
      groups.put(group.getId(), group.getName() == null ? group.getId() : group.getName());
    }
    List<Notification> notices = ledger.forGroups(groups.keySet(), MOST);
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
      page.append("<article><h2>")
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
    return WebappPages.html(HttpStatus.OK).body(page.toString());
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
