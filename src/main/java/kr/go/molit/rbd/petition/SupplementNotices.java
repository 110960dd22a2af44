package kr.go.molit.rbd.petition;

import kr.go.molit.rbd.calendar.WorkingDays;
import kr.go.molit.rbd.notification.Notification;
import kr.go.molit.rbd.notification.NotificationLedger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The region hears that its petition must be supplemented: what the council secretariat asks for
 * and by when, once for each request (a second request after a resubmission is a new task). When
 * the due date passes with the task still open, the region and the council secretariat hear it,
 * once for each request; the task stays open (the region may still supplement or withdraw).
 */
@Configuration(proxyBeanMethods = false)
class SupplementNotices {

  static final String SUPPLEMENT_TASK = "supplement-petition";
  static final String COUNCIL_SECRETARIAT = "council-secretariat";

  @Bean
  TaskListener notifyRegionOfSupplementRequestTaskListener(NotificationLedger ledger) {
    return task -> {
      String number = (String) task.getVariable(PetitionVariables.PETITION_NUMBER);
      StringBuilder body =
          new StringBuilder()
              .append("'")
              .append(task.getVariable(PetitionVariables.TITLE))
              .append("' 건의에 대해 지역협의회 사무국이 보완을 요청했습니다.\n")
              .append("보완 요청 내용: ")
              .append(task.getVariable(PetitionVariables.SUPPLEMENT_REQUEST))
              .append('\n');
      if (task.getDueDate() != null) {
        body.append("보완 기한: ").append(WorkingDays.label(task.getDueDate())).append('\n');
      }
      body.append("Tasklist의 '건의 보완 또는 철회' 업무에서 보완하여 다시 제출하거나 철회해 주십시오.");
      ledger.send(
          "supplement-request:" + task.getProcessInstanceId() + ":" + task.getId(),
          number,
          (String) task.getVariable(PetitionVariables.REGION_GROUP),
          Notification.aboutPetition(number, "보완 요청"),
          body.toString());
    };
  }

  @Bean
  JavaDelegate notifySupplementOverdueDelegate(NotificationLedger ledger) {
    return execution -> {
      Task task =
          execution
              .getProcessEngineServices()
              .getTaskService()
              .createTaskQuery()
              .processInstanceId(execution.getProcessInstanceId())
              .taskDefinitionKey(SUPPLEMENT_TASK)
              .singleResult();
      if (task == null) {
        return;
      }
      String number = (String) execution.getVariable(PetitionVariables.PETITION_NUMBER);
      String title = (String) execution.getVariable(PetitionVariables.TITLE);
      String due =
          task.getDueDate() == null ? "" : "(" + WorkingDays.label(task.getDueDate()) + ")";
      String subject = Notification.aboutPetition(number, "보완 기한 경과");
      String region = (String) execution.getVariable(PetitionVariables.REGION_GROUP);
      ledger.send(
          "supplement-overdue:" + task.getId() + ":" + region,
          number,
          region,
          subject,
          "'"
              + title
              + "' 건의의 보완 기한"
              + due
              + "이 지났습니다. Tasklist의 '건의 보완 또는 철회' 업무에서 보완하여 다시 제출하거나 철회해 주십시오.");
      ledger.send(
          "supplement-overdue:" + task.getId() + ":" + COUNCIL_SECRETARIAT,
          number,
          COUNCIL_SECRETARIAT,
          subject,
          execution.getVariable(PetitionVariables.REGION_NAME)
              + "의 '"
              + title
              + "' 건의가 보완 기한"
              + due
              + "까지 보완되지 않았습니다. 보완 요청 내용: "
              + execution.getVariable(PetitionVariables.SUPPLEMENT_REQUEST));
    };
  }
}
