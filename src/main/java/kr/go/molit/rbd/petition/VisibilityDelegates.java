package kr.go.molit.rbd.petition;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps that let a petition be seen by the groups now working on it: the submitting region, the
 * advice groups asked, the ministries consulted. (Divisions are granted as they are assigned.)
 */
@Configuration(proxyBeanMethods = false)
class VisibilityDelegates {

  @Bean
  JavaDelegate grantRegionVisibilityDelegate(PetitionVisibility visibility) {
    return execution -> grantTo(visibility, execution, PetitionVariables.REGION_GROUP);
  }

  @Bean
  JavaDelegate requestAdviceDelegate(PetitionVisibility visibility) {
    return execution -> grantTo(visibility, execution, PetitionVariables.ADVICE_GROUPS);
  }

  @Bean
  JavaDelegate requestConsultationDelegate(PetitionVisibility visibility) {
    return execution -> grantTo(visibility, execution, PetitionVariables.MINISTRIES_TO_CONSULT);
  }

  /** Grants to the group, or list of groups, held in the named variable. */
  static void grantTo(PetitionVisibility visibility, DelegateExecution execution, String variable) {
    Object groups = execution.getVariable(variable);
    Collection<String> ids =
        groups instanceof Collection<?> list
            ? list.stream().map(String::valueOf).toList()
            : List.of(String.valueOf(groups));
    visibility.grant(execution.getProcessInstanceId(), ids);
  }
}
