package kr.go.molit.rbd.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses a process start whose business key the database cannot hold
 * (ACT_RU_EXECUTION.BUSINESS_KEY_ is varchar(255)) or that carries control characters: a 400 with a
 * reason instead of a 500 from the persistence layer. A start listener on every process, so every
 * way of starting is covered.
 */
class BusinessKeyCheck extends AbstractBpmnParseListener implements ExecutionListener {

  static final int MAX_LENGTH = 255;
  static final String INVALID = "BUSINESS_KEY_INVALID";

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, this);
  }

  @Override
  public void notify(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (key != null
        && (key.length() > MAX_LENGTH || key.chars().anyMatch(Character::isISOControl))) {
      throw new BadUserRequestException(
          INVALID + ": 업무 키(business key)는 제어 문자 없이 " + MAX_LENGTH + "자 이내여야 합니다.");
    }
  }
}
