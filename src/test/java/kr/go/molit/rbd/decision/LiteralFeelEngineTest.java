package kr.go.molit.rbd.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    literal = new LiteralFeelEngine(new FeelEngine() {
      @Override
      public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        delegated.incrementAndGet();
        return camunda.evaluateSimpleExpression(expression, variables);
      }

      @Override
      public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        delegated.incrementAndGet();
        return camunda.evaluateSimpleUnaryTests(expression, inputVariable, variables);
      }
    });
  }

  static VariableContext variables() {
    return Variables.createVariables().putValue("category", "railway").putValue("lead", true)
        .putValue("empty", "").putValue("nothing", null).putValue("count", 3).putValue("korean", "철도")
        .asVariableContext();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"railway\"", " \"division-land-policy\" ", "\"\"", "\"수용 (포럼 채택)\"", "true", "false",
      "category", "lead", "empty", "korean", "nothing", "count", "missing", "\"a\\\"b\"", "\"tab\\t\"",
      "category + \"-x\"", "not(lead)", "null", "1 + 2", "if lead then \"y\" else \"n\""})
  void expressionsAsCamundaEvaluatesThem(String expression) {
    Object expected = camunda.evaluateSimpleExpression(expression, variables());
    assertThat((Object) literal.evaluateSimpleExpression(expression, variables())).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", " - ", "\"railway\"", "\"road\"", "\"\"", "\"철도\"", "\"railway\",\"road\"",
      "not(\"railway\")", "\"rail\\\"way\"", "3", "< 5", "null", "true"})
  void unaryTestsAsCamundaEvaluatesThem(String test) {
    for (String input : List.of("category", "korean", "empty", "nothing", "count", "lead", "missing")) {
      boolean expected;
      try {
        expected = camunda.evaluateSimpleUnaryTests(test, input, variables());
      } catch (RuntimeException camundaRefused) {
        // Camunda refuses (e.g. comparing a number with a string): so must we, through Camunda.
        org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> literal.evaluateSimpleUnaryTests(test, input, variables())).isInstanceOf(RuntimeException.class);
        continue;
      }
      assertThat(literal.evaluateSimpleUnaryTests(test, input, variables())).as("%s against %s", test, input)
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
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    withShortcut.setFeelEngineFactory(() -> new LiteralFeelEngine(new ScalaFeelEngineFactory(null).createInstance()));
    DmnEngine shortcut = withShortcut.buildEngine();
    Map<String, DmnDecision> plainTables = parse(plain);
    Map<String, DmnDecision> shortcutTables = parse(shortcut);

    List<String> categories = List.of("gb-regulation", "urban-planning", "urban-convergence", "industrial-complex",
        "innovation-cities", "public-relocation", "job-hubs", "railway", "road", "airport", "other", "moon-base", "");
    for (String category : categories) {
      Map<String, Object> inputs = Map.of("category", category);
      assertThat(evaluate(shortcut, shortcutTables.get("petition-routing"), inputs)).as(category)
          .isEqualTo(evaluate(plain, plainTables.get("petition-routing"), inputs));
    }

    // Per column: every literal the table tests in it, no value, and one it does not know.
    List<List<String>> columns = new ArrayList<>();
    String table = Files.readString(Path.of("processes/petition-outcome.dmn"));
    for (int column = 0; column < 4; column++) {
      List<String> values = new ArrayList<>(Arrays.asList(null, "unknown"));
      Matcher cell = Pattern.compile("-in-" + column + "\"><text>\"([^\"]*)\"</text>").matcher(table);
      while (cell.find()) {
        values.add(cell.group(1));
      }
      columns.add(values);
    }
    int combinations = 0;
    for (String supplement : columns.get(0)) {
      for (String council : columns.get(1)) {
        for (String forum : columns.get(2)) {
          for (String direction : columns.get(3)) {
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("supplementAction", supplement);
            inputs.put("councilOutcome", council);
            inputs.put("forumDecision", forum);
            inputs.put("supportDirection", direction);
            assertThat(evaluate(shortcut, shortcutTables.get("petition-outcome"), inputs)).as("%s", inputs)
                .isEqualTo(evaluate(plain, plainTables.get("petition-outcome"), inputs));
            combinations++;
          }
        }
      }
    }
    assertThat(combinations).isEqualTo(columns.stream().mapToInt(List::size).reduce(1, (a, b) -> a * b))
        .isGreaterThan(100);
  }

  private static Map<String, DmnDecision> parse(DmnEngine engine) throws IOException {
    Map<String, DmnDecision> tables = new HashMap<>();
    for (String key : List.of("petition-routing", "petition-outcome")) {
      try (InputStream model = new FileInputStream("processes/" + key + ".dmn")) {
        tables.put(key, engine.parseDecision(key, model));
      }
    }
    return tables;
  }

  private static Object evaluate(DmnEngine engine, DmnDecision decision, Map<String, Object> inputs) {
    try {
      return new ArrayList<>(engine.evaluateDecisionTable(decision, inputs).getResultList());
    } catch (RuntimeException refused) {
      return "refused: " + refused.getClass().getSimpleName();
    }
  }
}
