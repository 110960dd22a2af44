package kr.go.molit.rbd.forum;

import static kr.go.molit.rbd.forum.ForumVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.web.util.HtmlUtils;

/**
 * The minutes of a session as a self-contained Korean HTML document: the session, its discussion,
 * each agenda item with the Forum's decision and direction, and the candidates carried over. Every
 * text an official typed is escaped.
 */
final class Minutes {

  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
          + "th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}th{background:#eee;white-space:nowrap}"
          + "td:nth-child(2){white-space:nowrap}";

  private Minutes() {}

  @SuppressWarnings("unchecked")
  static String html(Map<String, Object> v) {
    List<Map<String, Object>> agenda = (List<Map<String, Object>>) v.get(AGENDA);
    Map<String, SpinJsonNode> decisions = decisions(v.get(FORUM_DECISIONS));
    StringBuilder h =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"UTF-8\">")
            .append("<title>")
            .append(e(v.get(SESSION_TITLE)))
            .append(" 회의록</title><style>")
            .append(STYLE)
            .append("</style></head><body>\n<h1>")
            .append(e(v.get(SESSION_TITLE)))
            .append(" 회의록</h1>\n")
            .append("<table><tr><th>일자</th><td>")
            .append(e(ForumLabels.date(v.get(SESSION_DATE))))
            .append("</td></tr><tr><th>장소</th><td>")
            .append(e(v.get(VENUE)))
            .append("</td></tr><tr><th>주제</th><td>")
            .append(e(v.get(THEME)))
            .append("</td></tr></table>\n<h2>주요 논의 내용</h2>\n<p>")
            .append(e(v.get(MEETING_SUMMARY)))
            .append("</p>\n")
            .append("<h2>상정 안건과 결정</h2>\n<p>")
            .append(tally(decisions))
            .append("</p>\n");
    if (v.get(AGENDA_NOTE) != null) {
      h.append("<p>안건 메모: ").append(e(v.get(AGENDA_NOTE))).append("</p>\n");
    }
    items(h, agenda, decisions);
    carriedOver(h, (List<Map<String, Object>>) v.get(AGENDA_CANDIDATES), agenda);
    return h.append("</body></html>\n").toString();
  }

  private static void items(
      StringBuilder h, List<Map<String, Object>> agenda, Map<String, SpinJsonNode> decisions) {
    if (agenda.isEmpty()) {
      h.append("<p>상정 안건이 없었습니다.</p>\n");
      return;
    }
    h.append("<table><tr><th>순번</th><th>건의 번호</th><th>지역</th><th>제목</th><th>분야</th>")
        .append("<th>기획단 지원 방향</th><th>포럼 결정</th><th>정책 방향</th></tr>\n");
    for (Map<String, Object> item : agenda) {
      SpinJsonNode decision = decisions.get((String) item.get("petitionNumber"));
      h.append("<tr><td>")
          .append(e(item.get("agendaPosition")))
          .append("</td><td>")
          .append(e(item.get("petitionNumber")))
          .append("</td><td>")
          .append(e(item.get("regionName")))
          .append("</td><td>")
          .append(e(item.get("title")))
          .append("</td><td>")
          .append(e(item.get("categoryLabel")))
          .append("</td><td>")
          .append(e(item.get("supportDirectionLabel")))
          .append(": ")
          .append(e(item.get("directionText")))
          .append("</td><td>")
          .append(e(ForumLabels.decision(decision.prop("forumDecision").stringValue())))
          .append("</td><td>")
          .append(e(decision.prop("forumDirection").stringValue()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void carriedOver(
      StringBuilder h, List<Map<String, Object>> candidates, List<Map<String, Object>> agenda) {
    Set<Object> onAgenda =
        agenda.stream().map(i -> i.get("petitionNumber")).collect(Collectors.toSet());
    List<Map<String, Object>> deferred =
        candidates.stream().filter(c -> !onAgenda.contains(c.get("petitionNumber"))).toList();
    if (!deferred.isEmpty()) {
      h.append("<h2>다음 회의로 이월된 후보</h2>\n<ul>\n");
      deferred.forEach(c -> h.append("<li>").append(e(Candidate.label(c))).append("</li>\n"));
      h.append("</ul>\n");
    }
  }

  private static String tally(Map<String, SpinJsonNode> decisions) {
    Map<String, Long> counts =
        decisions.values().stream()
            .collect(
                Collectors.groupingBy(
                    d -> d.prop("forumDecision").stringValue(), Collectors.counting()));
    return "상정 "
        + decisions.size()
        + "건: "
        + List.of("adopted", "conditional", DEFERRED, "rejected").stream()
            .map(code -> ForumLabels.decision(code) + " " + counts.getOrDefault(code, 0L) + "건")
            .collect(Collectors.joining(", "));
  }

  private static Map<String, SpinJsonNode> decisions(Object json) {
    Map<String, SpinJsonNode> byNumber = new LinkedHashMap<>();
    if (json instanceof SpinJsonNode array) {
      array.elements().forEach(d -> byNumber.put(d.prop("petitionNumber").stringValue(), d));
    }
    return byNumber;
  }

  /** Text as HTML: escaped, its line breaks kept. */
  static String e(Object text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text.toString(), "UTF-8").replace("\n", "<br>");
  }
}
