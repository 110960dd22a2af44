package kr.go.molit.rbd.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.go.molit.rbd.deployment.ModelResources.Model;
import org.junit.jupiter.api.Test;

class FormReferenceCheckTest {

  static final String PROCESS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
        <process id="p" isExecutable="true" camunda:historyTimeToLive="P1D">
          <startEvent id="start" camunda:formRef="%s" />
          <sequenceFlow id="f" sourceRef="start" targetRef="review" />
          <userTask id="review" camunda:formRef="review-form" />
        </process>
      </definitions>
      """;

  static Model form(String file, String id, int schemaVersion) {
    return model(
        "forms/" + file,
        "{\"id\":\"" + id + "\",\"schemaVersion\":" + schemaVersion + ",\"components\":[]}");
  }

  static Model model(String name, String content) {
    return new Model(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void acceptsProcessesWhoseFormsAreDeployedWithThem() {
    List<Model> models =
        List.of(
            model("processes/p.bpmn", PROCESS.formatted("start-form")),
            form("start-form.form", "start-form", 16),
            form("review-form.form", "review-form", 16));
    FormReferenceCheck.verify(models);
    assertThat(FormReferenceCheck.formIds(models)).containsKeys("start-form", "review-form");
  }

  @Test
  void refusesAFormRefThatNamesNoDeployedForm() {
    List<Model> models =
        List.of(
            model("processes/p.bpmn", PROCESS.formatted("typo")),
            form("review-form.form", "review-form", 16));
    assertThatThrownBy(() -> FormReferenceCheck.verify(models))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("processes/p.bpmn")
        .hasMessageContaining("start names form 'typo'");
  }

  @Test
  void refusesAUserTaskWithoutForm() {
    String process =
        PROCESS.formatted("review-form").replace(" camunda:formRef=\"review-form\" />", " />");
    List<Model> models =
        List.of(model("processes/p.bpmn", process), form("r.form", "review-form", 16));
    assertThatThrownBy(() -> FormReferenceCheck.verify(models))
        .hasMessageContaining("review names no camunda:formRef");
  }

  @Test
  void refusesFormsTasklistCannotRender() {
    assertThatThrownBy(() -> FormReferenceCheck.formIds(List.of(form("new.form", "new", 18))))
        .hasMessageContaining("forms/new.form")
        .hasMessageContaining("schemaVersion 18");
  }

  @Test
  void refusesMalformedJsonNamingTheFile() {
    assertThatThrownBy(
            () -> FormReferenceCheck.formIds(List.of(model("forms/broken.form", "{\"id\": "))))
        .hasMessageContaining("forms/broken.form")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void refusesTwoFormsWithOneId() {
    assertThatThrownBy(
            () ->
                FormReferenceCheck.formIds(
                    List.of(form("a.form", "same", 16), form("b.form", "same", 16))))
        .hasMessageContaining("form id 'same' is also used by forms/a.form");
  }

  @Test
  void refusesBpmnThatDoesNotParse() {
    assertThatThrownBy(
            () -> FormReferenceCheck.verify(List.of(model("processes/bad.bpmn", "<definitions"))))
        .hasMessageContaining("processes/bad.bpmn")
        .hasMessageContaining("not valid BPMN");
  }
}
