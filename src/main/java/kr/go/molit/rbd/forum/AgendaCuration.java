package kr.go.molit.rbd.forum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Turns the secretariat's choices (the candidates to include and the order) into the agenda: the
 * included candidates, in the order given and then in candidate order, each with its position.
 * Refuses, naming the field in Korean, an order that names something not included or twice.
 */
final class AgendaCuration {

  static final String ORDER_LABEL = "'안건 순서'(" + ForumVariables.AGENDA_ORDER + "): ";

  private AgendaCuration() {}

  static List<Map<String, Object>> agenda(
      List<Map<String, Object>> candidates, Object included, String order) {
    Map<String, Map<String, Object>> byNumber = new LinkedHashMap<>();
    candidates.forEach(c -> byNumber.put((String) c.get("petitionNumber"), c));
    Set<String> chosen = new LinkedHashSet<>(texts(included));
    // The form check already refuses values the checklist did not offer; the agenda is built from
    // the
    // candidates list itself, so a number missing from it is refused here too rather than looked
    // up.
    chosen.stream()
        .filter(n -> !byNumber.containsKey(n))
        .findFirst()
        .ifPresent(
            n -> {
              throw new FormFieldValidationException(
                  ForumVariables.INCLUDED_PETITIONS,
                  "'이번 회의에 상정할 건의'("
                      + ForumVariables.INCLUDED_PETITIONS
                      + "): '"
                      + n
                      + "'은(는) 이 회의의 상정 후보가 아닙니다.");
            });
    Set<String> ordered = new LinkedHashSet<>();
    for (String token : order == null ? new String[0] : order.split("[,\\s]+")) {
      if (token.isBlank()) {
        continue;
      }
      String number = resolve(token.strip(), candidates);
      if (!chosen.contains(number)) {
        throw invalid("'" + token.strip() + "'은(는) 상정하기로 선택한 건의가 아닙니다.");
      }
      if (!ordered.add(number)) {
        throw invalid("'" + token.strip() + "'을(를) 두 번 적었습니다.");
      }
    }
    byNumber.keySet().stream().filter(chosen::contains).forEach(ordered::add);
    List<Map<String, Object>> agenda = new ArrayList<>();
    for (String number : ordered) {
      Map<String, Object> item = new LinkedHashMap<>(byNumber.get(number));
      item.put("agendaPosition", String.valueOf(agenda.size() + 1));
      agenda.add(item);
    }
    return agenda;
  }

  /** A position in the candidate list (1, 2, ...) or a petition number. */
  private static String resolve(String token, List<Map<String, Object>> candidates) {
    if (token.matches("\\d{1,4}")) {
      int position = Integer.parseInt(token);
      if (position < 1 || position > candidates.size()) {
        throw invalid("후보 목록에 " + position + "번이 없습니다 (1~" + candidates.size() + ").");
      }
      return (String) candidates.get(position - 1).get("petitionNumber");
    }
    return token;
  }

  /** The numbers a checklist submitted: a JSON array from Tasklist or REST, a list from Java. */
  static List<String> texts(Object value) {
    List<String> texts = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(e -> texts.add(e.stringValue()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(e -> texts.add(String.valueOf(e)));
    }
    return texts;
  }

  private static FormFieldValidationException invalid(String problem) {
    return new FormFieldValidationException(ForumVariables.AGENDA_ORDER, ORDER_LABEL + problem);
  }
}
