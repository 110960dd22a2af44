package kr.go.molit.rbd.forum;

import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.petition.PetitionLinks;

/**
 * The Markdown lists the forum forms show (form-js renders Markdown in text components). Petition
 * texts are the regions' own words: characters Markdown would act on are escaped. Each petition's
 * number links to its record in 건의 현황, in a new window beside Tasklist.
 */
final class AgendaTexts {

  private AgendaTexts() {}

  static String candidates(List<Map<String, Object>> candidates) {
    if (candidates.isEmpty()) {
      return "포럼 결정을 기다리는 건의가 없습니다. 안건 없이 회의를 진행할 수 있습니다.";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < candidates.size(); i++) {
      text.append(i + 1).append(". ").append(item(candidates.get(i))).append('\n');
    }
    return text.toString().strip();
  }

  static String agenda(List<Map<String, Object>> agenda) {
    if (agenda.isEmpty()) {
      return "상정 안건 없음";
    }
    StringBuilder text = new StringBuilder();
    for (Map<String, Object> item : agenda) {
      text.append(item.get("agendaPosition")).append(". ").append(item(item)).append('\n');
    }
    return text.toString().strip();
  }

  private static String item(Map<String, Object> c) {
    return "**"
        + recordLink(c.get("petitionNumber"))
        + "** "
        + md(c.get("regionName"))
        + " — "
        + md(c.get("title"))
        + " ("
        + md(c.get("categoryLabel"))
        + ")  \n   기획단 방향: "
        + md(c.get("supportDirectionLabel"))
        + " — "
        + md(c.get("directionText"));
  }

  static String recordLink(Object number) {
    String plain = number == null ? "" : number.toString();
    return "<a href=\""
        + PetitionLinks.record(plain)
        + "\" target=\"_blank\" rel=\"noopener\">"
        + md(plain)
        + "</a>";
  }

  static String md(Object text) {
    String plain = text == null ? "-" : text.toString().replaceAll("\\s+", " ").strip();
    return plain.replaceAll("([\\\\`*_\\[\\]{}()#+!|<>~-])", "\\\\$1");
  }
}
