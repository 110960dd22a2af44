package kr.go.molit.rbd.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kr.go.molit.rbd.forms.FormSpec.Field;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Checks submitted values against the rules of the Camunda Form they were submitted through, with
 * Korean messages that name the field. Forms are parsed once per process definition and step.
 */
public class FormSubmissionValidator {

  /** Longest text any field may hold when its form sets no limit (a database column's size). */
  static final int DEFAULT_MAX_LENGTH = 4000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, FormSpec> forms = new ConcurrentHashMap<>();

  /** Validates; throws {@link FormFieldValidationException} naming the first bad field. */
  public void validate(String cacheKey, Supplier<InputStream> form, VariableScope variables) {
    FormSpec spec = forms.computeIfAbsent(cacheKey, key -> parse(form.get()));
    for (Field field : spec.fields()) {
      if (!field.conditional()) {
        check(field, variables.getVariable(field.key()), variables);
      }
    }
  }

  private static FormSpec parse(InputStream form) {
    try (InputStream in = form) {
      return FormSpec.of(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a deployed form", e);
    }
  }

  void check(Field field, Object value, VariableScope variables) {
    List<String> submitted = values(value);
    if (field.required()
        && (submitted.isEmpty()
            || Boolean.FALSE.equals(value) && field.type().equals("checkbox"))) {
      throw invalid(field, "필수 입력 항목입니다.");
    }
    for (String text : submitted) {
      int length = text.codePointCount(0, text.length());
      int max = field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
      if (length > max) {
        throw invalid(field, max + "자 이하로 입력해야 합니다 (입력 " + length + "자).");
      }
      if (field.minLength() != null && length < field.minLength()) {
        throw invalid(field, field.minLength() + "자 이상 입력해야 합니다.");
      }
    }
    if (field.type().equals("datetime") && !(value instanceof Date)) {
      for (String text : submitted) {
        if (!isIsoDateOrTime(text)) {
          throw invalid(field, "'" + abbreviate(text) + "'은(는) 날짜 형식이 아닙니다 (예: 2026-12-18).");
        }
      }
    }
    List<String> allowed = allowedValues(field, variables);
    if (allowed != null) {
      for (String choice : submitted) {
        if (!allowed.contains(choice)) {
          throw invalid(field, "'" + abbreviate(choice) + "'은(는) 선택할 수 있는 값이 아닙니다.");
        }
      }
    }
  }

  /**
   * What a date-time field submits: a date (2026-12-18), a time (14:30) or both (2026-12-18T14:30),
   * as Tasklist's date picker writes them; a REST client may also send a Date.
   */
  static boolean isIsoDateOrTime(String text) {
    for (DateTimeFormatter format : DATE_TIME_FORMATS) {
      try {
        format.parse(text);
        return true;
      } catch (DateTimeParseException notThisOne) {
        // try the next
      }
    }
    return false;
  }

  private static final List<DateTimeFormatter> DATE_TIME_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ISO_LOCAL_TIME,
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ISO_OFFSET_DATE_TIME);

  /** The values the field offers, or null when it offers no list (free text). */
  private static List<String> allowedValues(Field field, VariableScope variables) {
    if (field.valuesKey() == null) {
      return field.values().isEmpty() ? null : field.values();
    }
    List<String> allowed = new ArrayList<>();
    Object options = variables.getVariable(field.valuesKey());
    if (options instanceof SpinJsonNode json && json.isArray()) {
      json.elements()
          .forEach(
              o ->
                  allowed.add(
                      o.isObject() && o.hasProp("value")
                          ? o.prop("value").stringValue()
                          : o.toString()));
    }
    return allowed;
  }

  /** The submitted value as texts: none for null or blank, one per element for lists. */
  static List<String> values(Object value) {
    List<String> texts = new ArrayList<>();
    if (value instanceof SpinJsonNode json) {
      if (json.isArray()) {
        json.elements().forEach(e -> texts.add(e.isString() ? e.stringValue() : e.toString()));
      } else if (!json.isNull()) {
        texts.add(json.isString() ? json.stringValue() : json.toString());
      }
    } else if (value instanceof Collection<?> list) {
      list.forEach(e -> texts.add(String.valueOf(e)));
    } else if (value != null && !value.toString().isBlank()) {
      texts.add(value.toString());
    }
    return texts;
  }

  private static FormFieldValidationException invalid(Field field, String problem) {
    return new FormFieldValidationException(
        field.key(), "'" + field.label() + "'(" + field.key() + "): " + problem);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
