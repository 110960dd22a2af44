package kr.go.molit.rbd.forms;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

class FormSubmissionValidatorTest {

  static final String FORM =
      """
      {"id": "pick", "components": [
        {"type": "checklist", "key": "picked", "label": "선택", "valuesKey": "options"}]}
      """;

  static void validate(Object options, Object picked) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("options", options);
    values.put("picked", picked);
    VariableScope variables = org.mockito.Mockito.mock(VariableScope.class);
    org.mockito.Mockito.when(variables.getVariable(org.mockito.ArgumentMatchers.anyString()))
        .thenAnswer(call -> values.get(call.<String>getArgument(0)));
    new FormSubmissionValidator()
        .validate(
            "pick",
            () -> new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)),
            variables);
  }

  @Test
  void aValueFromTheOfferedListIsAccepted() {
    assertThatCode(() -> validate(Spin.JSON("[{\"label\":\"가\",\"value\":\"a\"}]"), List.of("a")))
        .doesNotThrowAnyException();
  }

  @Test
  void aValueOutsideAnEmptyOfferedListIsRefused() {
    assertThatThrownBy(() -> validate(Spin.JSON("[]"), List.of("anything")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("'선택'(picked)");
  }

  @Test
  void aValueWhenNoListWasOfferedIsRefused() {
    assertThatThrownBy(() -> validate(null, List.of("anything")))
        .isInstanceOf(FormFieldValidationException.class);
  }

  static void validateDate(Object date) {
    String form =
        """
        {"id": "when", "components": [
          {"type": "datetime", "subtype": "date", "key": "day", "dateLabel": "회의 일자"}]}
        """;
    VariableScope variables = org.mockito.Mockito.mock(VariableScope.class);
    org.mockito.Mockito.when(variables.getVariable("day")).thenReturn(date);
    new FormSubmissionValidator()
        .validate(
            "when",
            () -> new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)),
            variables);
  }

  @Test
  void aDateAsTheDatePickerWritesItOrAsADateIsAccepted() {
    assertThatCode(() -> validateDate("2026-12-18")).doesNotThrowAnyException();
    assertThatCode(() -> validateDate("2026-12-18T14:30")).doesNotThrowAnyException();
    assertThatCode(() -> validateDate(new java.util.Date())).doesNotThrowAnyException();
    assertThatCode(() -> validateDate(null)).doesNotThrowAnyException();
  }

  @Test
  void aDateFieldHoldingTextThatNamesNoDateIsRefused() {
    assertThatThrownBy(() -> validateDate("다음 주 목요일"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("(day)")
        .hasMessageContaining("날짜 형식이 아닙니다");
    assertThatThrownBy(() -> validateDate("2026-02-30"))
        .isInstanceOf(FormFieldValidationException.class);
  }
}
