package kr.go.molit.rbd.petition;

import java.util.List;
import kr.go.molit.rbd.calendar.WorkingDays;
import kr.go.molit.rbd.directory.Organisations;
import kr.go.molit.rbd.notification.Notification;
import kr.go.molit.rbd.notification.NotificationLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * A step's due date has passed: tells each body that has not finished it (a division, an adviser)
 * and the TF's coordinator which have not. The step is the user task whose non-interrupting timer
 * leads here in the model; nothing is cancelled, and the late bodies can still finish.
 */
@Component
class NotifyOverdueStepDelegate implements JavaDelegate {

  private final NotificationLedger ledger;
  private final Organisations organisations;

  NotifyOverdueStepDelegate(NotificationLedger ledger, Organisations organisations) {
    this.ledger = ledger;
    this.organisations = organisations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Activity step = overdueStep(execution);
    List<Task> open = OpenSteps.open(execution, step.getId());
    List<String> late = OpenSteps.candidateGroups(execution, open);
    if (late.isEmpty()) {
      return;
    }
    String number = (String) execution.getVariable(PetitionVariables.PETITION_NUMBER);
    String subject = Notification.aboutPetition(number, step.getName() + " 기한 경과");
    String passed =
        "'"
            + execution.getVariable(PetitionVariables.TITLE)
            + "' 건의의 "
            + step.getName()
            + " 기한"
            + OpenSteps.dueDate(open).map(due -> "(" + WorkingDays.label(due) + ")").orElse("")
            + "이 지났습니다.";
    String key = step.getId() + "-overdue:" + execution.getProcessInstanceId();
    for (String group : late) {
      ledger.send(key + ":" + group, number, group, subject, passed + " Tasklist에서 처리해 주십시오.");
    }
    ledger.send(
        key,
        number,
        ConsultationDeadlineDelegates.COORDINATOR_GROUP,
        subject,
        passed
            + " 처리하지 않은 기관: "
            + String.join(", ", late.stream().map(organisations::name).toList())
            + ". 이 단계는 계속 진행 중입니다.");
  }

  /** The user task whose boundary timer led to this step, as the model draws it. */
  static Activity overdueStep(DelegateExecution execution) {
    FlowNode here = (FlowNode) execution.getBpmnModelElementInstance();
    for (SequenceFlow incoming : here.getIncoming()) {
      if (incoming.getSource() instanceof BoundaryEvent timer) {
        return timer.getAttachedTo();
      }
    }
    throw new IllegalStateException(
        here.getId() + " must follow a timer on the step whose due date passed");
  }
}
