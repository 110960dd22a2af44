package kr.go.molit.rbd.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A process of one user task ("work"), deployed under its own key for a test class's engine checks;
 * {@code repository.deleteDeployment(id, true)} removes it with its instances and history.
 */
public final class OneTaskProcess {

  private OneTaskProcess() {}

  /** Deploys it under the key; returns the deployment's id. */
  public static String deploy(RepositoryService repository, String key) {
    return repository
        .createDeployment()
        .name(key)
        .addModelInstance(
            key + ".bpmn",
            Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("work")
                .endEvent()
                .done())
        .deploy()
        .getId();
  }

  /** The id of the open task of an instance of a one-task process. */
  public static String taskOf(ProcessEngine engine, String processInstanceId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(processInstanceId)
        .singleResult()
        .getId();
  }
}
