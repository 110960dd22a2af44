package kr.go.molit.rbd.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcut gives Camunda's FEEL answers, and takes the shortcut only where it should. */
class LiteralFeelEngineTest {

  static FeelEngine camunda;
  static AtomicInteger delegated = new AtomicInteger();
  static LiteralFeelEngine literal;

  @BeforeAll
  static void engines() {
    camunda = new ScalaFeelEngineFactory(null).createInstance();
    literal =
        new LiteralFeelEngine(
            new FeelEngine() {
              @Override
              public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
                delegated.incrementAndGet();
                return camunda.evaluateSimpleExpression(expression, variables);
              }

              @Override
              public boolean evaluateSimpleUnaryTests(
                  String expression, String inputVariable, VariableContext variables) {
                delegated.incrementAndGet();
                return camunda.evaluateSimpleUnaryTests(expression, inputVariable, variables);
              }
            });
  }

  static VariableContext variables() {
    return Variables.createVariables()
        .putValue("category", "railway")
        .putValue("lead", true)
        .putValue("empty", "")
        .putValue("nothing", null)
        .putValue("count", 3)
        .putValue("korean", "철도")
        .asVariableContext();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"railway\"",
        " \"division-land-policy\" ",
        "\"\"",
        "\"수용 (포럼 채택)\"",
        "true",
        "false",
        "category",
        "lead",
        "empty",
        "korean",
        "nothing",
        "count",
        "missing",
        "\"a\\\"b\"",
        "\"tab\\t\"",
        "category + \"-x\"",
        "not(lead)",
        "null",
        "1 + 2",
        "if lead then \"y\" else \"n\""
      })
  void expressionsAsCamundaEvaluatesThem(String expression) {
    Object expected = camunda.evaluateSimpleExpression(expression, variables());
    assertThat((Object) literal.evaluateSimpleExpression(expression, variables()))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-",
        " - ",
        "\"railway\"",
        "\"road\"",
        "\"\"",
        "\"철도\"",
        "\"railway\",\"road\"",
        "not(\"railway\")",
        "\"rail\\\"way\"",
        "3",
        "< 5",
        "null",
        "true"
      })
  void unaryTestsAsCamundaEvaluatesThem(String test) {
    for (String input :
        List.of("category", "korean", "empty", "nothing", "count", "lead", "missing")) {
      boolean expected;
      try {
        expected = camunda.evaluateSimpleUnaryTests(test, input, variables());
      } catch (RuntimeException camundaRefused) {
        // Camunda refuses (e.g. comparing a number with a string): so must we, through Camunda.
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> literal.evaluateSimpleUnaryTests(test, input, variables()))
            .isInstanceOf(RuntimeException.class);
        continue;
      }
      assertThat(literal.evaluateSimpleUnaryTests(test, input, variables()))
          .as("%s against %s", test, input)
          .isEqualTo(expected);
    }
  }

  @Test
  void answersPlainCellsWithoutCamundasEngine() {
    int before = delegated.get();
    literal.evaluateSimpleExpression("category", variables());
    literal.evaluateSimpleExpression("\"division-land-policy\"", variables());
    literal.evaluateSimpleExpression("true", variables());
    literal.evaluateSimpleUnaryTests("-", "category", variables());
    literal.evaluateSimpleUnaryTests("\"railway\"", "category", variables());
    literal.evaluateSimpleUnaryTests("\"road\"", "korean", variables());
    literal.evaluateSimpleExpression("nothing", variables());
    literal.evaluateSimpleUnaryTests("\"railway\"", "nothing", variables());
    assertThat(delegated.get()).isEqualTo(before);

    literal.evaluateSimpleExpression("count", variables());
    literal.evaluateSimpleExpression("missing", variables());
    literal.evaluateSimpleUnaryTests("\"railway\"", "lead", variables());
    literal.evaluateSimpleUnaryTests("\"railway\"", "missing", variables());
    literal.evaluateSimpleUnaryTests("\"railway\",\"road\"", "category", variables());
    assertThat(delegated.get()).isEqualTo(before + 5);
  }

  /** Both decision tables of processes/, every combination of the values they test and more. */
  @Test
  void decisionTablesDecideAlike() throws IOException {
    DmnEngine plain = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DefaultDmnEngineConfiguration withShortcut =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    withShortcut.setFeelEngineFactory(
        () -> new LiteralFeelEngine(new ScalaFeelEngineFactory(null).createInstance()));
    DmnEngine shortcut = withShortcut.buildEngine();
    Map<String, DmnDecision> plainTables = DecisionTableInputs.parse(plain);
    Map<String, DmnDecision> shortcutTables = DecisionTableInputs.parse(shortcut);

    for (String category : DecisionTableInputs.categories()) {
      Map<String, Object> inputs = Map.of("category", category);
      assertThat(evaluate(shortcut, shortcutTables.get(DecisionTableInputs.ROUTING), inputs))
          .as(category)
          .isEqualTo(evaluate(plain, plainTables.get(DecisionTableInputs.ROUTING), inputs));
    }
    List<Map<String, Object>> combinations = DecisionTableInputs.outcomeInputs();
    for (Map<String, Object> inputs : combinations) {
      assertThat(evaluate(shortcut, shortcutTables.get(DecisionTableInputs.OUTCOME), inputs))
          .as("%s", inputs)
          .isEqualTo(evaluate(plain, plainTables.get(DecisionTableInputs.OUTCOME), inputs));
    }
    assertThat(combinations).hasSizeGreaterThan(100);
  }

  private static Object evaluate(
      DmnEngine engine, DmnDecision decision, Map<String, Object> inputs) {
    try {
      return new ArrayList<>(engine.evaluateDecisionTable(decision, inputs).getResultList());
    } catch (RuntimeException refused) {
      return "refused: " + refused.getClass().getSimpleName();
    }
  }
}
