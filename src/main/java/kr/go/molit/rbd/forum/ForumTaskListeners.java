package kr.go.molit.rbd.forum;

import static kr.go.molit.rbd.forum.ForumVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The complete listeners of forum-session: settle the curated agenda (refusing a bad order), make a
 * return of the agenda say why, show each agenda item on its own task and record its decision in a
 * variable of its own.
 */
@Configuration(proxyBeanMethods = false)
class ForumTaskListeners {

  @Bean
  TaskListener settleAgendaTaskListener() {
    return task -> {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> candidates =
          (List<Map<String, Object>>) task.getVariable(AGENDA_CANDIDATES);
      List<Map<String, Object>> agenda =
          AgendaCuration.agenda(
              candidates,
              task.getVariable(INCLUDED_PETITIONS),
              (String) task.getVariable(AGENDA_ORDER));
      task.getExecution().getProcessInstance().setVariable(AGENDA, agenda);
      task.getExecution().getProcessInstance().setVariable(AGENDA_TEXT, AgendaTexts.agenda(agenda));
    };
  }

  @Bean
  TaskListener requireReturnCommentTaskListener() {
    return task -> {
      Object comment = task.getVariable(APPROVAL_COMMENT);
      if ("return".equals(task.getVariable(AGENDA_APPROVAL))
          && (comment == null || comment.toString().isBlank())) {
        throw new FormFieldValidationException(
            APPROVAL_COMMENT, "'장관실 의견'(" + APPROVAL_COMMENT + "): 반려할 때는 사유를 적어야 합니다.");
      }
    };
  }

  /**
   * Shows one agenda item on its task: the item's fields as task variables the form templates
   * (input mappings of a multi-instance task run before its element variable exists), and the
   * petition in the task's name, so twenty open tasks in Tasklist can be told apart.
   */
  @Bean
  TaskListener showAgendaItemTaskListener() {
    return task -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) task.getVariable(AGENDA_ITEM);
      item.forEach(task::setVariableLocal);
      task.setName(
          task.getName()
              + " ("
              + item.get("agendaPosition")
              + ". "
              + item.get("petitionNumber")
              + " "
              + item.get("regionName")
              + ")");
    };
  }

  @Bean
  TaskListener recordForumDecisionTaskListener() {
    return task -> {
      String number = (String) task.getVariable("petitionNumber");
      Map<String, Object> decision =
          Map.of(
              "petitionNumber",
              number,
              "forumDecision",
              task.getVariable("forumDecision"),
              "forumDirection",
              task.getVariable("forumDirection"),
              "recordedBy",
              String.valueOf(actingUser(task)));
      task.getExecution()
          .getProcessInstance()
          .setVariable(
              decisionOf(number), SpinValues.jsonValue(Spin.JSON(decision).toString()).create());
    };
  }

  private static String actingUser(DelegateTask task) {
    String user = Context.getCommandContext().getAuthenticatedUserId();
    return user != null ? user : task.getAssignee();
  }
}
