package kr.go.molit.rbd.forum;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Writes the session's minutes and keeps them with the session as a file variable, which Cockpit,
 * Tasklist and the REST API offer for download ({@code .../variables/minutes/data}), in history
 * too.
 */
@Component("compileMinutesDelegate")
class CompileMinutesDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    byte[] html = Minutes.html(execution.getVariables()).getBytes(StandardCharsets.UTF_8);
    execution.setVariable(
        ForumVariables.MINUTES,
        Variables.fileValue("minutes-" + execution.getProcessInstanceId() + ".html")
            .file(html)
            .mimeType("text/html")
            .encoding(StandardCharsets.UTF_8)
            .create());
  }
}
