package kr.go.molit.rbd.forum;

import static kr.go.molit.rbd.forum.ForumVariables.MINUTES;
import static kr.go.molit.rbd.forum.ForumVariables.SESSION_DATE;
import static kr.go.molit.rbd.forum.ForumVariables.SESSION_TITLE;
import static kr.go.molit.rbd.forum.ForumVariables.VENUE;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.security.ActingUser;
import kr.go.molit.rbd.security.WebappPages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 포럼 회의록: the minutes of finished Forum sessions, for whoever signed in to the webapps may read
 * them (Forum staff and the Forum's members, by the engine's own history permissions). Forum
 * members have no task in Tasklist; this page, linked from the Welcome page, is how they read what
 * their sessions decided. Served outside the webapps, so it carries a CSP without scripts. Tested
 * on the demo's finished session: over HTTP (demo.DemoPetitionsIT), in a browser (DemoInBrowserIT).
 */
@Controller
@RequestMapping("/forum/minutes")
class MinutesPages {

  /**
   * The sessions listed, newest first: the Forum meets a few times a year, so this is decades of
   * them, and it stays under the engine's query-max-results-limit, which refuses unbounded lists.
   */
  static final int MOST_SESSIONS = 200;

  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
          + "th,td{border:1px solid #999;padding:4px 8px;text-align:left}th{background:#eee}";

  private final ProcessEngine engine;

  MinutesPages(ProcessEngine engine) {
    this.engine = engine;
  }

  @GetMapping
  ResponseEntity<String> list(HttpServletRequest request, HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    List<Session> sessions = ActingUser.as(engine, user, this::readableSessions);
    StringBuilder page = WebappPages.page("포럼 회의록", STYLE);
    if (sessions.isEmpty()) {
      page.append("<p>열람할 수 있는 회의록이 없습니다.</p>\n");
    } else {
      page.append("<table><tr><th>회의</th><th>일자</th><th>장소</th></tr>\n");
      for (Session s : sessions) {
        page.append("<tr><td><a href=\"minutes/")
            .append(Minutes.e(s.minutesId()))
            .append("\">")
            .append(Minutes.e(s.title()))
            .append("</a></td><td>")
            .append(Minutes.e(ForumLabels.date(s.date())))
            .append("</td><td>")
            .append(Minutes.e(s.venue()))
            .append("</td></tr>\n");
      }
      page.append("</table>\n");
    }
    page.append(WebappPages.end(request.getContextPath()));
    return WebappPages.html(HttpStatus.OK).body(page.toString());
  }

  @GetMapping("/{minutesId}")
  ResponseEntity<?> minutes(
      @PathVariable String minutesId, HttpServletRequest request, HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    HistoricVariableInstance minutes =
        ActingUser.as(
            engine,
            user,
            () ->
                engine
                    .getHistoryService()
                    .createHistoricVariableInstanceQuery()
                    .variableId(minutesId)
                    .variableName(MINUTES)
                    .singleResult());
    if (minutes == null
        || !(minutes.getTypedValue() instanceof FileValue file)
        || file.getValue() == null) {
      return WebappPages.html(HttpStatus.NOT_FOUND)
          .body(
              "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"UTF-8\">"
                  + "<title>회의록 없음</title></head><body><p>회의록을 찾을 수 없거나 열람 권한이 없습니다.</p></body></html>\n");
    }
    try (var bytes = file.getValue()) {
      return WebappPages.html(HttpStatus.OK).body(bytes.readAllBytes());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("minutes " + minutesId + " could not be read", e);
    }
  }

  /** A finished session whose minutes the user may read. */
  record Session(String minutesId, String title, Object date, String venue) {}

  private List<Session> readableSessions() {
    List<HistoricVariableInstance> minutes =
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .variableName(MINUTES)
            .disableBinaryFetching()
            .orderByProcessInstanceId()
            .desc()
            .listPage(0, MOST_SESSIONS);
    if (minutes.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> details = new HashMap<>();
    engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceIdIn(
            minutes.stream()
                .map(HistoricVariableInstance::getProcessInstanceId)
                .toArray(String[]::new))
        .variableNameIn(SESSION_TITLE, SESSION_DATE, VENUE)
        .listPage(0, 3 * MOST_SESSIONS)
        .forEach(
            v ->
                details
                    .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                    .put(v.getName(), v.getValue()));
    return minutes.stream()
        .map(
            m -> {
              Map<String, Object> d = details.getOrDefault(m.getProcessInstanceId(), Map.of());
              return new Session(
                  m.getId(),
                  String.valueOf(d.getOrDefault(SESSION_TITLE, "지역균형발전포럼")),
                  d.get(SESSION_DATE),
                  (String) d.get(VENUE));
            })
        .sorted(Comparator.comparing((Session s) -> String.valueOf(s.date())).reversed())
        .toList();
  }
}
