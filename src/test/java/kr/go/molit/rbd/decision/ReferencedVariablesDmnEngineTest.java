package kr.go.molit.rbd.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

class ReferencedVariablesDmnEngineTest {

  static final DmnEngine CAMUNDA =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final ReferencedVariablesDmnEngine OURS = ours();

  static ReferencedVariablesDmnEngine ours() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.buildEngine();
    return new ReferencedVariablesDmnEngine(configuration);
  }

  /** A petition's variables as a business rule task sees them: the inputs among many others. */
  static final class Recording implements VariableContext {
    final VariableContext variables;
    final Set<String> resolved = new HashSet<>();

    Recording(Map<String, Object> inputs) {
      VariableMap all =
          Variables.createVariables()
              .putValue("title", "부산 도심 철도 지하화")
              .putValue("regionCode", "busan")
              .putValue(
                  "reviewDivisions",
                  List.of("division-railway-policy", "division-railway-construction"))
              .putValue(
                  "divisionReview:division-railway-policy",
                  Variables.objectValue(Map.of("opinion", "accept"))
                      .serializationDataFormat("application/json")
                      .create())
              .putValue("ministryOptions", Map.of("ministry-moef", "기획재정부"));
      all.putAll(inputs);
      this.variables = all.asVariableContext();
    }

    @Override
    public TypedValue resolve(String name) {
      resolved.add(name);
      return variables.resolve(name);
    }

    @Override
    public boolean containsVariable(String name) {
      return variables.containsVariable(name);
    }

    @Override
    public Set<String> keySet() {
      return variables.keySet();
    }
  }

  @Test
  void bothTablesDecideAsCamundaAndReadOnlyTheirInputs() throws IOException {
    Map<String, DmnDecision> camunda = DecisionTableInputs.parse(CAMUNDA);
    Map<String, DmnDecision> ours = DecisionTableInputs.parse(OURS);
    int compared = 0;
    for (String category : DecisionTableInputs.categories()) {
      Map<String, Object> inputs = Map.of("category", category);
      Recording seen = new Recording(inputs);
      assertThat(evaluate(OURS, ours.get(DecisionTableInputs.ROUTING), seen))
          .as(category)
          .isEqualTo(
              evaluate(CAMUNDA, camunda.get(DecisionTableInputs.ROUTING), new Recording(inputs)));
      assertThat(seen.resolved).containsOnly("category");
      compared++;
    }
    for (Map<String, Object> inputs : DecisionTableInputs.outcomeInputs()) {
      Recording seen = new Recording(inputs);
      assertThat(evaluate(OURS, ours.get(DecisionTableInputs.OUTCOME), seen))
          .as("%s", inputs)
          .isEqualTo(
              evaluate(CAMUNDA, camunda.get(DecisionTableInputs.OUTCOME), new Recording(inputs)));
      assertThat(seen.resolved)
          .doesNotContain(
              "title",
              "regionCode",
              "reviewDivisions",
              "divisionReview:division-railway-policy",
              "ministryOptions");
      compared++;
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void camundasEngineReadsEveryVariable() throws IOException {
    Recording seen = new Recording(Map.of("category", "railway"));
    evaluate(CAMUNDA, DecisionTableInputs.parse(CAMUNDA).get(DecisionTableInputs.ROUTING), seen);
    assertThat(seen.resolved)
        .contains("title", "divisionReview:division-railway-policy", "ministryOptions");
  }

  @Test
  void decisionsWhoseNamesCannotBeReadFromTheTextGetEveryVariable() {
    assertThat(OURS.namesOf(table("feel", "category")).all()).isFalse();
    assertThat(OURS.namesOf(table("feel", "category")).words())
        .contains("category", "railway", "division");
    assertThat(OURS.namesOf(table("javascript", "category")).all()).isTrue();
    assertThat(OURS.namesOf(table("feel", "`petition category`")).all()).isTrue();
    assertThat(OURS.namesOf(table("juel", "${category}")).words()).contains("category");
  }

  @Test
  void wordsAreRunsOfLettersDigitsAndNameSigns() {
    Set<String> words = new HashSet<>();
    ReferencedVariablesDmnEngine.words(
        "if lead and 분야 != \"철도\" then count+1 else date and time(x.y_z?)", words);
    assertThat(words).contains("lead", "분야", "철도", "count", "1", "date", "time", "x", "y_z?");
  }

  static DmnDecision table(String language, String inputExpression) {
    String dmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="test">
          <decision id="t" name="t">
            <decisionTable id="dt">
              <input id="i"><inputExpression id="ie" typeRef="string" expressionLanguage="%s"><text>%s</text></inputExpression></input>
              <output id="o" name="division" typeRef="string" />
              <rule id="r"><inputEntry id="e"><text>"railway"</text></inputEntry><outputEntry id="oe"><text>"division"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """
            .formatted(language, inputExpression);
    return OURS.parseDecision("t", new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
  }

  private static Object evaluate(
      DmnEngine engine, DmnDecision decision, VariableContext variables) {
    try {
      return new ArrayList<>(engine.evaluateDecisionTable(decision, variables).getResultList());
    } catch (RuntimeException refused) {
      return "refused: " + refused.getClass().getSimpleName();
    }
  }
}
