package kr.go.molit.rbd.decision;

import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Camunda's FEEL engine with the simplest expressions answered directly: a string literal without
 * escapes ({@code "railway"}), {@code true}, {@code false}, a plain variable name holding a string,
 * a boolean or null, and the unary tests {@code -} and {@code "railway"} against a string or null
 * input (null matches no literal; petitions carry null inputs, e.g. no supplement action). Our
 * decision tables consist of nothing else, yet the Scala engine builds its whole context of
 * built-in functions and parses the text again for every cell, on every evaluation: about a fifth
 * of the CPU a petition costs (docs/performance.md). Everything else, and every case where the
 * answer is not plain (escapes, other types, a missing variable), goes to Camunda's engine
 * unchanged, so process owners may write any FEEL in Modeler.
 */
public final class LiteralFeelEngine implements FeelEngine {

  private static final Pattern PLAIN_STRING = Pattern.compile("\"[^\"\\\\]*\"");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** FEEL words that are not variable names. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "true",
          "false",
          "null",
          "not",
          "and",
          "or",
          "between",
          "in",
          "instance",
          "of",
          "if",
          "then",
          "else",
          "for",
          "return",
          "some",
          "every",
          "satisfies",
          "function",
          "external");

  /** What {@link #plainValue} answers for a variable that is missing or holds anything else. */
  private static final Object NOT_PLAIN = new Object();

  private final FeelEngine camunda;

  public LiteralFeelEngine(FeelEngine camunda) {
    this.camunda = camunda;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    String text = expression.strip();
    if (PLAIN_STRING.matcher(text).matches()) {
      return (T) text.substring(1, text.length() - 1);
    }
    if (text.equals("true") || text.equals("false")) {
      return (T) Boolean.valueOf(text);
    }
    if (NAME.matcher(text).matches() && !KEYWORDS.contains(text)) {
      Object value = plainValue(variables, text);
      if (value != NOT_PLAIN) {
        return (T) value;
      }
    }
    return camunda.evaluateSimpleExpression(expression, variables);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(
      String expression, String inputVariable, VariableContext variables) {
    String text = expression.strip();
    if (text.equals("-")) {
      return true;
    }
    if (PLAIN_STRING.matcher(text).matches()) {
      Object input = plainValue(variables, inputVariable);
      if (input == null || input instanceof String) {
        return text.substring(1, text.length() - 1).equals(input);
      }
    }
    return camunda.evaluateSimpleUnaryTests(expression, inputVariable, variables);
  }

  /** The variable's value if it is there and holds a string, a boolean or null; else NOT_PLAIN. */
  private static Object plainValue(VariableContext variables, String name) {
    if (!variables.containsVariable(name)) {
      return NOT_PLAIN;
    }
    TypedValue typed = variables.resolve(name);
    Object value = typed == null ? null : typed.getValue();
    return value == null || value instanceof String || value instanceof Boolean ? value : NOT_PLAIN;
  }
}
