package kr.go.molit.rbd.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validation messages of the form-js that Tasklist bundles, each with messages as officials
 * would meet them. form-korean.js must turn every one of them into Korean.
 */
final class FormJsMessages {

  /** Where Tasklist's libraries, form-js among them, come from (camunda-webapp-webjar). */
  static final String BUNDLE = "META-INF/resources/webjars/camunda/lib/deps.js";

  /** Each message form-js pushes (as {@link #templates()} finds it) and examples of it. */
  static final Map<String, List<String>> EXAMPLES =
      Map.ofEntries(
          Map.entry("Field is required.", List.of("Field is required.")),
          Map.entry(
              "Field must have maximum length of ${t.maxLength}.",
              List.of("Field must have maximum length of 200.")),
          Map.entry(
              "Field must have minimum length of ${t.minLength}.",
              List.of("Field must have minimum length of 3.")),
          Map.entry(
              "Field must have maximum value of ${t.max}.",
              List.of("Field must have maximum value of 10.")),
          Map.entry(
              "Field must have minimum value of ${t.min}.",
              List.of("Field must have minimum value of 1.")),
          Map.entry(
              "Field must match pattern ${t.pattern}.",
              List.of("Field must match pattern ^[0-9]{3}-[0-9]{4}$.")),
          Map.entry("Field must be a valid email.", List.of("Field must be a valid email.")),
          Map.entry(
              "Field must be a valid  international phone number. (e.g. +4930664040900)",
              List.of("Field must be a valid  international phone number. (e.g. +4930664040900)")),
          Map.entry("Value is not a number.", List.of("Value is not a number.")),
          Map.entry(
              "Value is expected to ",
              List.of(
                  "Value is expected to be an integer.",
                  "Value is expected to have at most 2 decimal digits.",
                  "Value is expected to have at most 1 decimal digit.")),
          Map.entry(
              "Please select a valid value, the two nearest valid values are ${t} and ${i}.",
              List.of("Please select a valid value, the two nearest valid values are 5 and 10.")));

  /**
   * form-js's messages start with these words; the bundle's other strings do not follow .push( with
   * them.
   */
  private static final Pattern PUSHED_MESSAGE =
      Pattern.compile("\\.push\\([\"`]((?:Field|Value|Please)[^\"`]*)");

  private FormJsMessages() {}

  /** The messages the bundled form-js can push, read from the bundle on the class path. */
  static Set<String> templates() throws IOException {
    String bundle;
    try (InputStream in = FormJsMessages.class.getClassLoader().getResourceAsStream(BUNDLE)) {
      if (in == null) {
        throw new IOException(BUNDLE + " is not on the class path");
      }
      bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> found = new TreeSet<>();
    Matcher matcher = PUSHED_MESSAGE.matcher(bundle);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
