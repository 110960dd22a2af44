package kr.go.molit.rbd.petition;

import java.util.List;
import kr.go.molit.rbd.calendar.WorkingDays;
import kr.go.molit.rbd.directory.Organisations;
import kr.go.molit.rbd.notification.Notification;
import kr.go.molit.rbd.notification.NotificationLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two deadline steps of the inter-ministry consultation. Neither cancels it: the reminder tells
 * each ministry that has not replied, the escalation tells the coordinator which have not.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationDeadlineDelegates {

  static final String CONSULTATION_TASK = "ministry-consultation";
  static final String COORDINATOR_GROUP = "tf-coordinator";

  @Bean
  JavaDelegate remindMinistriesDelegate(NotificationLedger ledger) {
    return execution -> {
      String number = number(execution);
      List<Task> open = openConsultations(execution);
      String due =
          OpenSteps.dueDate(open)
              .map(date -> "회신 기한은 " + WorkingDays.label(date) + "입니다. ")
              .orElse("회신 기한이 다가옵니다. ");
      for (String ministry : OpenSteps.candidateGroups(execution, open)) {
        ledger.send(
            "consultation-reminder:" + execution.getProcessInstanceId() + ":" + ministry,
            number,
            ministry,
            Notification.aboutPetition(number, "관계부처 협의 회신 기한 임박"),
            "'"
                + execution.getVariable(PetitionVariables.TITLE)
                + "' 건의에 대한 협의 "
                + due
                + "Tasklist에서 회신해 주십시오.");
      }
    };
  }

  @Bean
  JavaDelegate escalateOverdueConsultationDelegate(
      NotificationLedger ledger, Organisations organisations) {
    return execution -> {
      List<Task> open = openConsultations(execution);
      List<String> waiting = OpenSteps.candidateGroups(execution, open);
      if (waiting.isEmpty()) {
        return;
      }
      String number = number(execution);
      ledger.send(
          "consultation-overdue:" + execution.getProcessInstanceId(),
          number,
          COORDINATOR_GROUP,
          Notification.aboutPetition(number, "관계부처 협의 회신 기한 경과"),
          "'"
              + execution.getVariable(PetitionVariables.TITLE)
              + "' 건의에 대한 협의 회신 기한"
              + OpenSteps.dueDate(open).map(date -> "(" + WorkingDays.label(date) + ")").orElse("")
              + "이 지났습니다. 회신하지 않은 부처: "
              + String.join(", ", waiting.stream().map(organisations::name).toList())
              + ". 협의는 계속 진행 중입니다.");
    };
  }

  private static String number(DelegateExecution execution) {
    return (String) execution.getVariable(PetitionVariables.PETITION_NUMBER);
  }

  private static List<Task> openConsultations(DelegateExecution execution) {
    return OpenSteps.open(execution, CONSULTATION_TASK);
  }
}
