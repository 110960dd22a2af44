package kr.go.molit.rbd.forms;

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
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof FormFieldValidationException validation) {
        return validation;
      }
    }
    return null;
  }
}
