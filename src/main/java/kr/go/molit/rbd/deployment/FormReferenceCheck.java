package kr.go.molit.rbd.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelParseException;

/**
 * Deployment-time check: every form is valid Camunda Form JSON with an id and a supported schema
 * version, and every user task and process start event names, through {@code camunda:formRef}, a
 * form that is deployed with it. Catches at start what would otherwise show up as a blank task in
 * Tasklist.
 */
final class FormReferenceCheck {

  /** Tasklist 7.24 bundles form-js 1.8.7, which renders schemaVersion 16 at most. */
  static final int MAX_SCHEMA_VERSION = 16;

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormReferenceCheck() {}

  /**
   * Returns the form ids by file; throws {@link InvalidModelException} naming the file and cause.
   */
  static Map<String, String> formIds(Collection<ModelResources.Model> models) {
    Map<String, String> ids = new HashMap<>();
    for (ModelResources.Model model : models) {
      if (!model.isForm()) {
        continue;
      }
      JsonNode form = parseForm(model);
      String id = form.path("id").asText("");
      if (id.isBlank()) {
        throw new InvalidModelException(model.name(), "the form has no \"id\"");
      }
      if (form.path("schemaVersion").asInt(0) > MAX_SCHEMA_VERSION) {
        throw new InvalidModelException(
            model.name(),
            "schemaVersion "
                + form.path("schemaVersion")
                + " is above "
                + MAX_SCHEMA_VERSION
                + ", the highest Tasklist 7.24 renders");
      }
      String previous = ids.put(id, model.name());
      if (previous != null) {
        throw new InvalidModelException(
            model.name(), "form id '" + id + "' is also used by " + previous);
      }
    }
    return ids;
  }

  static void verify(Collection<ModelResources.Model> models) {
    Map<String, String> forms = formIds(models);
    List<String> missing = new ArrayList<>();
    for (ModelResources.Model model : models) {
      if (!model.isBpmn()) {
        continue;
      }
      BpmnModelInstance bpmn = parseBpmn(model);
      for (FlowElement element : humanSteps(bpmn)) {
        String formRef = element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
        if (formRef == null || formRef.isBlank()) {
          missing.add(element.getId() + " names no camunda:formRef");
        } else if (!forms.containsKey(formRef)) {
          missing.add(element.getId() + " names form '" + formRef + "', which is not in forms/");
        }
      }
      if (!missing.isEmpty()) {
        throw new InvalidModelException(model.name(), String.join("; ", missing));
      }
    }
  }

  private static List<FlowElement> humanSteps(BpmnModelInstance bpmn) {
    List<FlowElement> steps = new ArrayList<>(bpmn.getModelElementsByType(UserTask.class));
    for (StartEvent start : bpmn.getModelElementsByType(StartEvent.class)) {
      if (!(start.getParentElement() instanceof SubProcess)) {
        steps.add(start);
      }
    }
    return steps;
  }

  private static BpmnModelInstance parseBpmn(ModelResources.Model model) {
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(model.content()));
    } catch (ModelParseException e) {
      throw new InvalidModelException(model.name(), "not valid BPMN: " + rootMessage(e));
    }
  }

  private static JsonNode parseForm(ModelResources.Model model) {
    try {
      return JSON.readTree(model.content());
    } catch (IOException e) {
      throw new InvalidModelException(model.name(), "not valid JSON: " + e.getMessage());
    }
  }

  static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
