package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.Map;
import kr.go.molit.rbd.notification.Notification;
import kr.go.molit.rbd.notification.NotificationLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The result steps: record the outcome the DMN {@code petition-outcome} decided, and tell the
 * region (recorded once in the notification ledger, however often the step runs).
 */
@Configuration(proxyBeanMethods = false)
class ResultDelegates {

  @Bean
  JavaDelegate recordPetitionResultDelegate() {
    return execution -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> outcome = (Map<String, Object>) execution.getVariable(OUTCOME);
      execution.setVariable(PETITION_OUTCOME, outcome.get(PETITION_OUTCOME));
      execution.setVariable(OUTCOME_LABEL, outcome.get(OUTCOME_LABEL));
      execution.setVariable(DECIDED_AT, ClockUtil.getCurrentTime());
    };
  }

  @Bean
  JavaDelegate notifyRegionOfResultDelegate(NotificationLedger ledger) {
    return execution -> {
      String number = (String) execution.getVariable(PETITION_NUMBER);
      ledger.send(
          "result:" + execution.getProcessInstanceId(),
          number,
          (String) execution.getVariable(REGION_GROUP),
          Notification.aboutPetition(number, "처리 결과: " + execution.getVariable(OUTCOME_LABEL)),
          resultText(execution));
    };
  }

  static String resultText(DelegateExecution execution) {
    StringBuilder text =
        new StringBuilder()
            .append("건의 제목: ")
            .append(execution.getVariable(TITLE))
            .append('\n')
            .append("처리 결과: ")
            .append(execution.getVariable(OUTCOME_LABEL))
            .append('\n');
    Object forumDirection = execution.getVariable(FORUM_DIRECTION);
    Object direction =
        forumDirection != null ? forumDirection : execution.getVariable(DIRECTION_TEXT);
    Object councilOpinion = execution.getVariable(COUNCIL_OPINION);
    if (direction != null) {
      text.append("정책 방향: ").append(direction).append('\n');
    } else if (councilOpinion != null) {
      text.append("지역협의회 의견: ").append(councilOpinion).append('\n');
    }
    if (execution.getVariable(FORUM_SESSION_TITLE) != null) {
      text.append("결정 회의: ").append(execution.getVariable(FORUM_SESSION_TITLE)).append('\n');
    }
    return text.toString().strip();
  }
}
