package kr.go.molit.rbd.forum;

import static kr.go.molit.rbd.forum.ForumVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.notification.Notification;
import kr.go.molit.rbd.notification.NotificationLedger;
import kr.go.molit.rbd.petition.PetitionVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Once the minister's office has approved the agenda, the Forum's members hear when and where the
 * meeting is and what is on its agenda, and each region whose petition is on it hears that it will
 * be decided there. One notice per session and recipient, however often the step runs.
 */
@Component("announceMeetingDelegate")
class AnnounceMeetingDelegate implements JavaDelegate {

  static final String FORUM_MEMBERS = "forum-members";

  private final NotificationLedger ledger;

  AnnounceMeetingDelegate(NotificationLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    String title = (String) execution.getVariable(SESSION_TITLE);
    String when = ForumLabels.date(execution.getVariable(SESSION_DATE));
    Object venue = execution.getVariable(VENUE);
    List<Map<String, Object>> agenda = (List<Map<String, Object>>) execution.getVariable(AGENDA);
    String key = "forum-announcement:" + execution.getProcessInstanceId() + ":";
    ledger.send(
        key + FORUM_MEMBERS,
        null,
        FORUM_MEMBERS,
        "[지역균형발전포럼] " + title + " 개최 안내",
        title
            + " 개최를 다음과 같이 안내합니다.\n일자: "
            + when
            + "\n장소: "
            + (venue == null ? "-" : venue)
            + "\n주제: "
            + value(execution.getVariable(THEME))
            + "\n\n상정 안건\n"
            + agendaText(agenda));
    // The approver's own permissions do not decide who hears of the meeting: the petitions are read
    // with the engine's authority, as the session gathered them.
    List<Map.Entry<String, Map<String, Object>>> regions =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () ->
                    regionsOnTheAgenda(
                        execution.getProcessEngineServices().getRuntimeService(), agenda));
    for (Map.Entry<String, Map<String, Object>> region : regions) {
      Map<String, Object> item = region.getValue();
      String number = (String) item.get("petitionNumber");
      ledger.send(
          key + number,
          number,
          region.getKey(),
          Notification.aboutPetition(number, "지역균형발전포럼 안건 상정"),
          "'"
              + item.get("title")
              + "' 건의가 "
              + title
              + " ("
              + when
              + (venue == null ? "" : ", " + venue)
              + ")의 안건으로 상정되었습니다. 포럼의 결정은 회의 후 처리 결과와 함께 알려 드립니다.");
    }
  }

  static String agendaText(List<Map<String, Object>> agenda) {
    if (agenda == null || agenda.isEmpty()) {
      return "상정 안건 없음";
    }
    StringBuilder text = new StringBuilder();
    for (Map<String, Object> item : agenda) {
      text.append(item.get("agendaPosition"))
          .append(". ")
          .append(item.get("petitionNumber"))
          .append(' ')
          .append(item.get("regionName"))
          .append(" — ")
          .append(item.get("title"))
          .append(" (")
          .append(item.get("categoryLabel"))
          .append(")\n   기획단 방향: ")
          .append(value(item.get("supportDirectionLabel")))
          .append(" — ")
          .append(value(item.get("directionText")))
          .append('\n');
    }
    return text.toString().strip();
  }

  /** Each agenda item with the group of the region that raised it, read from its petition. */
  private static List<Map.Entry<String, Map<String, Object>>> regionsOnTheAgenda(
      RuntimeService runtime, List<Map<String, Object>> agenda) {
    List<Map.Entry<String, Map<String, Object>>> byGroup = new ArrayList<>();
    if (agenda == null) {
      return byGroup;
    }
    for (Map<String, Object> item : agenda) {
      ProcessInstance petition =
          runtime
              .createProcessInstanceQuery()
              .processDefinitionKey(PetitionVariables.PROCESS_KEY)
              .processInstanceBusinessKey((String) item.get("petitionNumber"))
              .singleResult();
      if (petition != null) {
        Object group = runtime.getVariable(petition.getId(), PetitionVariables.REGION_GROUP);
        if (group != null) {
          byGroup.add(Map.entry(group.toString(), item));
        }
      }
    }
    return byGroup;
  }

  private static String value(Object text) {
    return text == null || text.toString().isBlank() ? "-" : text.toString();
  }
}
