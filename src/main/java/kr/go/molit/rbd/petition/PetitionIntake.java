package kr.go.molit.rbd.petition;

import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Submits a petition as the signed-in official, through the same start form Tasklist uses, so the
 * same validation, region binding and grants apply to every channel.
 */
@Service
public class PetitionIntake {

  private final FormService forms;
  private final RepositoryService repository;

  PetitionIntake(FormService forms, RepositoryService repository) {
    this.forms = forms;
    this.repository = repository;
  }

  /** Returns the new petition's number. */
  public String submit(Map<String, Object> startForm) {
    ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(PetitionVariables.PROCESS_KEY)
            .latestVersion()
            .singleResult();
    ProcessInstance petition = forms.submitStartForm(definition.getId(), startForm);
    return petition.getBusinessKey();
  }
}
