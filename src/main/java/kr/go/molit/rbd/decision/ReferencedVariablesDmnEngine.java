package kr.go.molit.rbd.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionLogic;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionLiteralExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Camunda's DMN engine, handing a decision only the variables its expressions can name.
 *
 * <p>Before it evaluates anything, Camunda's decision context copies every variable in scope into a
 * map of its own, reading each one: for a petition that means deserialising every JSON and object
 * variable (contributions, lists, options) to evaluate a table that reads two or three of them.
 * That copy was a third of the forum decision's correlation (JFR) and part of every routing
 * decision. Here the decision sees the variables whose names occur as words in its expressions
 * (input expressions, rule entries, outputs, literal expressions, and those of the decisions it
 * requires) — a superset of what FEEL or JUEL can refer to — and the copy reads only those.
 *
 * <p>A decision with an expression in another language (a script can read variables by computed
 * names) or with a back-quoted FEEL name is handed every variable, as Camunda's engine does.
 */
public class ReferencedVariablesDmnEngine extends DefaultDmnEngine {

  /** Per parsed decision; a redeployed decision is a new object, and the old one may go. */
  private final Map<DmnDecision, Names> names = Collections.synchronizedMap(new WeakHashMap<>());

  public ReferencedVariablesDmnEngine(DefaultDmnEngineConfiguration configuration) {
    super(configuration);
  }

  @Override
  public DmnDecisionResult evaluateDecision(DmnDecision decision, VariableContext variables) {
    return super.evaluateDecision(decision, narrowed(decision, variables));
  }

  @Override
  public DmnDecisionTableResult evaluateDecisionTable(
      DmnDecision decision, VariableContext variables) {
    return super.evaluateDecisionTable(decision, narrowed(decision, variables));
  }

  VariableContext narrowed(DmnDecision decision, VariableContext variables) {
    if (decision == null || variables == null) {
      return variables; // Camunda's engine reports the missing argument
    }
    Names referenced = names.get(decision);
    if (referenced == null) {
      referenced = namesOf(decision);
      names.put(decision, referenced);
    }
    return referenced.all() ? variables : new Narrowed(variables, referenced.words());
  }

  /** The words of a decision's expressions, or all names when they cannot be told from the text. */
  record Names(boolean all, Set<String> words) {}

  Names namesOf(DmnDecision decision) {
    List<DmnExpressionImpl> expressions = new ArrayList<>();
    Set<String> words = new HashSet<>();
    if (!collect(decision, expressions, words, new HashSet<>())) {
      return new Names(true, Set.of());
    }
    for (DmnExpressionImpl expression : expressions) {
      String text = expression.getExpression();
      if (text == null) {
        continue;
      }
      if (text.indexOf('`') >= 0) {
        return new Names(true, Set.of());
      }
      words(text, words);
    }
    return new Names(false, Set.copyOf(words));
  }

  /**
   * Adds the decision's expressions (and its required decisions'); false when one cannot be read.
   */
  private boolean collect(
      DmnDecision decision,
      List<DmnExpressionImpl> expressions,
      Set<String> words,
      Set<DmnDecision> seen) {
    if (!seen.add(decision)) {
      return true;
    }
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) getConfiguration();
    DmnDecisionLogic logic = decision.getDecisionLogic();
    if (logic instanceof DmnDecisionTableImpl table) {
      for (DmnDecisionTableInputImpl input : table.getInputs()) {
        if (!readable(
            input.getExpression(),
            configuration.getDefaultInputExpressionExpressionLanguage(),
            expressions)) {
          return false;
        }
        if (input.getInputVariable() != null) {
          words.add(input.getInputVariable());
        }
      }
      for (DmnDecisionTableRuleImpl rule : table.getRules()) {
        for (DmnExpressionImpl condition : rule.getConditions()) {
          if (!readable(
              condition, configuration.getDefaultInputEntryExpressionLanguage(), expressions)) {
            return false;
          }
        }
        for (DmnExpressionImpl conclusion : rule.getConclusions()) {
          if (!readable(
              conclusion, configuration.getDefaultOutputEntryExpressionLanguage(), expressions)) {
            return false;
          }
        }
      }
    } else if (logic instanceof DmnDecisionLiteralExpressionImpl literal) {
      if (!readable(
          literal.getExpression(),
          configuration.getDefaultLiteralExpressionLanguage(),
          expressions)) {
        return false;
      }
    } else {
      return false;
    }
    for (DmnDecision required : decision.getRequiredDecisions()) {
      if (!collect(required, expressions, words, seen)) {
        return false;
      }
    }
    return true;
  }

  private static boolean readable(
      DmnExpressionImpl expression, String defaultLanguage, List<DmnExpressionImpl> expressions) {
    if (expression == null) {
      return true;
    }
    String language =
        expression.getExpressionLanguage() == null
            ? defaultLanguage
            : expression.getExpressionLanguage();
    if (!nameable(language)) {
      return false;
    }
    expressions.add(expression);
    return true;
  }

  /** FEEL (any of its names) and JUEL read variables only by names written in the expression. */
  static boolean nameable(String language) {
    if (language == null) {
      return false;
    }
    String lower = language.toLowerCase(Locale.ROOT);
    return lower.equals("juel")
        || lower.equals("feel")
        || lower.contains("/feel/")
        || lower.endsWith("/feel");
  }

  /** Every run of letters, digits, {@code _}, {@code $} and {@code ?} in the text. */
  static void words(String text, Set<String> into) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean part = i < text.length() && wordPart(text.charAt(i));
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        into.add(text.substring(start, i));
        start = -1;
      }
    }
  }

  private static boolean wordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '?';
  }

  /** The variables of a scope, as far as a decision can name them. */
  static final class Narrowed implements VariableContext {

    private final VariableContext variables;
    private final Set<String> names;

    Narrowed(VariableContext variables, Set<String> names) {
      this.variables = variables;
      this.names = names;
    }

    @Override
    public TypedValue resolve(String name) {
      return names.contains(name) ? variables.resolve(name) : null;
    }

    @Override
    public boolean containsVariable(String name) {
      return names.contains(name) && variables.containsVariable(name);
    }

    @Override
    public Set<String> keySet() {
      Set<String> present = new HashSet<>(variables.keySet());
      present.retainAll(names);
      return present;
    }
  }

  /**
   * Takes the place of the DMN engine the process engine built (after it built it, so its
   * configuration, history listeners and FEEL engine are the ones that engine got).
   */
  @Component
  static class Installation extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
      if (configuration.getDmnEngine() != null
          && configuration.getDmnEngine().getClass() == DefaultDmnEngine.class) {
        configuration.setDmnEngine(
            new ReferencedVariablesDmnEngine(configuration.getDmnEngineConfiguration()));
      }
    }
  }
}
