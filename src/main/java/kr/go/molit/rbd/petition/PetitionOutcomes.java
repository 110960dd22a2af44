package kr.go.molit.rbd.petition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;

/**
 * The results a petition can end with, as the deployed decision {@code petition-outcome} names
 * them: each code ({@code ACCEPTED}) with its label ("수용"), for 건의 통계's columns and the lists'
 * filter. Read from the latest version of the decision, so a result a process owner adds in Modeler
 * shows without a change in code. A label is the shortest the decision gives its code ("불수용", not
 * "불수용 (포럼 불채택)").
 */
@Service
public class PetitionOutcomes {

  /** A result: its code, as the variable {@code petitionOutcome} holds it, and its label. */
  public record Outcome(String code, String label) {}

  static final String DECISION_KEY = "petition-outcome";

  /** The columns' order; codes a new version of the decision adds follow in its rules' order. */
  static final List<String> ORDER =
      List.of(
          "ACCEPTED",
          "PARTLY_ACCEPTED",
          "LONG_TERM_REVIEW",
          "NOT_ACCEPTED",
          "SETTLED_AT_COUNCIL",
          "WITHDRAWN");

  private final ProcessEngineConfigurationImpl configuration;
  private volatile Read read = new Read(null, List.of());

  private record Read(String definitionId, List<Outcome> outcomes) {}

  PetitionOutcomes(ProcessEngine engine) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /**
   * Every result of the latest decision, in {@link #ORDER}. Officials may not read decision
   * definitions, so this reads the deployment cache, which asks for no permission: the codes and
   * labels are what their own lists show.
   */
  public List<Outcome> all() {
    return configuration
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
              DecisionDefinition latest =
                  cache.findDeployedLatestDecisionDefinitionByKey(DECISION_KEY);
              Read known = read;
              if (!latest.getId().equals(known.definitionId())) {
                known =
                    new Read(
                        latest.getId(),
                        outcomes(cache.findDmnModelInstanceForDecisionDefinition(latest.getId())));
                read = known;
              }
              return known.outcomes();
            });
  }

  static List<Outcome> outcomes(DmnModelInstance model) {
    Decision decision = model.getModelElementById(DECISION_KEY);
    DecisionTable table = (DecisionTable) decision.getExpression();
    List<Output> outputs = new ArrayList<>(table.getOutputs());
    int code = index(outputs, PetitionVariables.PETITION_OUTCOME);
    int label = index(outputs, PetitionVariables.OUTCOME_LABEL);
    Map<String, String> labels = new LinkedHashMap<>();
    for (Rule rule : table.getRules()) {
      List<OutputEntry> entries = new ArrayList<>(rule.getOutputEntries());
      String c = literal(entries.get(code));
      String l = literal(entries.get(label));
      labels.merge(c, l, (a, b) -> b.length() < a.length() ? b : a);
    }
    List<String> codes = new ArrayList<>(labels.keySet());
    codes.sort(Comparator.comparingInt(c -> ORDER.contains(c) ? ORDER.indexOf(c) : ORDER.size()));
    return codes.stream().map(c -> new Outcome(c, labels.get(c))).toList();
  }

  private static int index(List<Output> outputs, String name) {
    for (int i = 0; i < outputs.size(); i++) {
      if (name.equals(outputs.get(i).getName())) {
        return i;
      }
    }
    throw new IllegalStateException(DECISION_KEY + " has no output " + name);
  }

  /** A string literal's text, without its quotes. */
  private static String literal(OutputEntry entry) {
    String text = entry.getTextContent().strip();
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }
}
