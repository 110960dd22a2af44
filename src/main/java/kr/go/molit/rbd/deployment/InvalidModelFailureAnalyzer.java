package kr.go.molit.rbd.deployment;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a model that cannot be deployed into one clear start-up failure naming the file. */
class InvalidModelFailureAnalyzer extends AbstractFailureAnalyzer<InvalidModelException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidModelException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Fix the file under processes/ or forms/ (open it in Camunda Modeler), then start again.",
        cause);
  }
}
