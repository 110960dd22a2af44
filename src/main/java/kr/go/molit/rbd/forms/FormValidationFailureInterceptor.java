package kr.go.molit.rbd.forms;

import kr.go.molit.rbd.support.Causes;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps anything a task listener throws (ENGINE-03051), so a validation failure from a
 * complete listener would reach REST clients as a 500. This surfaces the validation failure itself,
 * which the REST API answers with 400 and its message, after the transaction rolled back.
 */
class FormValidationFailureInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      FormFieldValidationException validation = validationCause(e);
      throw validation != null ? validation : e;
    }
  }

  static FormFieldValidationException validationCause(Throwable e) {
    return Causes.first(e, FormFieldValidationException.class);
  }
}
