package kr.go.molit.rbd.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Validates every submission through a Camunda Form on the server as well: a complete listener on
 * each user task with a {@code camunda:formRef}, and a start listener on each process start event
 * that has one. It runs before the model's own listeners, for models deployed from Modeler too.
 * Each user task also gets the Tasklist columns copied onto it ({@link
 * TasklistColumnsTaskListener}).
 */
class FormValidationParseListener extends AbstractBpmnParseListener {

  private static final TaskListener COLUMNS = new TasklistColumnsTaskListener();

  private final FormSubmissionValidator validator;

  FormValidationParseListener(FormSubmissionValidator validator) {
    this.validator = validator;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
      task.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COLUMNS);
      if (hasFormRef(element)) {
        task.getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, this::validateTask);
      }
    }
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (hasFormRef(element) && scope.getProcessDefinition() == scope) {
      activity.addBuiltInListener(
          ExecutionListener.EVENTNAME_START, (ExecutionListener) this::validateStart);
    }
  }

  private void validateTask(DelegateTask task) {
    String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    validator.validate(
        key,
        () ->
            Context.getCommandContext()
                .runWithoutAuthorization(
                    () ->
                        task.getProcessEngineServices()
                            .getFormService()
                            .getDeployedTaskForm(task.getId())),
        task);
  }

  private void validateStart(DelegateExecution execution) {
    String key = execution.getProcessDefinitionId() + "#" + execution.getCurrentActivityId();
    validator.validate(
        key,
        () ->
            Context.getCommandContext()
                .runWithoutAuthorization(
                    () ->
                        execution
                            .getProcessEngineServices()
                            .getFormService()
                            .getDeployedStartForm(execution.getProcessDefinitionId())),
        execution);
  }

  private static boolean hasFormRef(Element element) {
    String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    return formRef != null && !formRef.isBlank();
  }
}
