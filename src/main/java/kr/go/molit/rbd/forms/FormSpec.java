package kr.go.molit.rbd.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The input fields of a Camunda Form with the rules the browser enforces: required, length and the
 * values a select, radio or checklist offers. Read from the deployed {@code .form} file, so the
 * server checks exactly what the form promises.
 */
record FormSpec(String formId, List<Field> fields) {

  /**
   * One input: its key, Korean label, and rules. Static values, or the variable that holds them.
   */
  record Field(
      String key,
      String label,
      String type,
      boolean required,
      Integer minLength,
      Integer maxLength,
      List<String> values,
      String valuesKey,
      boolean conditional) {

    boolean multiple() {
      return type.equals("checklist") || type.equals("taglist");
    }
  }

  static final List<String> INPUT_TYPES =
      List.of(
          "textfield",
          "textarea",
          "number",
          "select",
          "radio",
          "checkbox",
          "checklist",
          "taglist",
          "datetime");

  static FormSpec of(JsonNode form) {
    List<Field> fields = new ArrayList<>();
    collect(form.path("components"), fields);
    return new FormSpec(form.path("id").asText(), List.copyOf(fields));
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
      if (!INPUT_TYPES.contains(type)
          || !component.hasNonNull("key")
          || component.path("readonly").asBoolean(false)
          || component.path("disabled").asBoolean(false)) {
        continue;
      }
      JsonNode validate = component.path("validate");
      List<String> values = new ArrayList<>();
      component.path("values").forEach(v -> values.add(v.path("value").asText()));
      fields.add(
          new Field(
              component.path("key").asText(),
              component.path("label").asText(component.path("key").asText()),
              type,
              validate.path("required").asBoolean(false),
              validate.hasNonNull("minLength") ? validate.path("minLength").asInt() : null,
              validate.hasNonNull("maxLength") ? validate.path("maxLength").asInt() : null,
              List.copyOf(values),
              component.path("valuesKey").asText(null),
              component.has("conditional")));
    }
  }
}
