package kr.go.molit.rbd.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The complete listeners of the three parallel steps; each records its task's answer as that
 * group's contribution ({@link Contributions}).
 */
@Configuration(proxyBeanMethods = false)
class RecordContributionTaskListeners {

  @Bean
  TaskListener recordDivisionReviewTaskListener(Contributions contributions) {
    return task -> contributions.record(task, Contributions.DIVISION_REVIEW);
  }

  @Bean
  TaskListener recordAdvisoryOpinionTaskListener(Contributions contributions) {
    return task -> contributions.record(task, Contributions.ADVISORY_OPINION);
  }

  @Bean
  TaskListener recordConsultationReplyTaskListener(Contributions contributions) {
    return (DelegateTask task) -> contributions.record(task, Contributions.CONSULTATION_REPLY);
  }
}
