package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps that gather advisory opinions and ministry replies: each keeps the answers as one list
 * and writes a Korean summary, one line per group, for the forms that follow.
 */
@Configuration(proxyBeanMethods = false)
class GatherDelegates {

  @Bean
  JavaDelegate gatherAdvisoryOpinionsDelegate(Contributions contributions) {
    return gather(
        contributions,
        Contributions.ADVISORY_OPINION,
        ADVICE_GROUPS,
        ADVISORY_OPINIONS,
        ADVISORY_SUMMARY,
        o -> o.prop("adviceOpinion").stringValue());
  }

  @Bean
  JavaDelegate gatherConsultationRepliesDelegate(Contributions contributions) {
    return gather(
        contributions,
        Contributions.CONSULTATION_REPLY,
        MINISTRIES_TO_CONSULT,
        CONSULTATION_REPLIES,
        CONSULTATION_SUMMARY,
        r ->
            Labels.of(Labels.REPLIES, r.prop("consultationReply").stringValue())
                + " — "
                + r.prop("consultationText").stringValue());
  }

  @SuppressWarnings("unchecked")
  static JavaDelegate gather(
      Contributions contributions,
      Contributions.Kind kind,
      String groupsVariable,
      String listVariable,
      String summaryVariable,
      Function<SpinJsonNode, String> line) {
    return execution -> {
      List<SpinJsonNode> answers =
          contributions.gather(
              execution, kind, (List<String>) execution.getVariable(groupsVariable));
      execution.setVariable(
          listVariable, SpinValues.jsonValue(Contributions.asArray(answers).toString()).create());
      execution.setVariable(
          summaryVariable,
          answers.stream()
              .map(a -> "- " + a.prop("groupName").stringValue() + ": " + line.apply(a))
              .collect(Collectors.joining("\n")));
    };
  }
}
