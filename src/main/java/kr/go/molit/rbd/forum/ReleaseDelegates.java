package kr.go.molit.rbd.forum;

import static kr.go.molit.rbd.forum.ForumVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Give petitions back to the candidates of the next session: those the secretariat deferred, once
 * the agenda is approved (a returned agenda may still take them), and those the Forum left 보류.
 */
@Configuration(proxyBeanMethods = false)
class ReleaseDelegates {

  @Bean
  JavaDelegate releaseDeferredCandidatesDelegate(ForumAgenda agenda) {
    return execution -> {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> items = (List<Map<String, Object>>) execution.getVariable(AGENDA);
      agenda.releaseAllBut(
          execution.getProcessInstanceId(),
          items.stream().map(i -> (String) i.get("petitionNumber")).toList());
    };
  }

  @Bean
  JavaDelegate releaseHeldPetitionsDelegate(ForumAgenda agenda) {
    return execution -> {
      @SuppressWarnings("unchecked")
      List<String> decided = (List<String>) execution.getVariable(DECISIONS_TO_DELIVER);
      agenda.releaseAllBut(execution.getProcessInstanceId(), decided);
    };
  }
}
