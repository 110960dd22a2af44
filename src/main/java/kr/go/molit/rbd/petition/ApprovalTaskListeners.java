package kr.go.molit.rbd.petition;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Four eyes on the Planning Group's direction: the coordinator who consolidated it is recorded, and
 * the engine refuses the approval step when that same person tries to complete it.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalTaskListeners {

  @Bean
  TaskListener recordConsolidatorTaskListener() {
    return task -> task.setVariable(PetitionVariables.CONSOLIDATED_BY, actingUser(task));
  }

  @Bean
  TaskListener requireSecondApproverTaskListener() {
    return task -> {
      String approver = actingUser(task);
      if (approver != null
          && Objects.equals(approver, task.getVariable(PetitionVariables.CONSOLIDATED_BY))) {
        throw new FormFieldValidationException(
            "approvalDecision",
            "지원 방향을 종합한 담당자(" + approver + ")는 같은 건을 승인할 수 없습니다. 다른 결재권자가 처리해야 합니다.");
      }
    };
  }

  /** Who completes the task: the signed-in user, else the assignee (engine-internal calls). */
  static String actingUser(DelegateTask task) {
    String user = Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : task.getAssignee();
  }
}
