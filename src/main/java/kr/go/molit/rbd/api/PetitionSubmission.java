package kr.go.molit.rbd.api;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/petitions}: the start form's fields, nothing else (an unknown
 * property such as a region code is refused: {@code spring.jackson.deserialization}). Validation is
 * the start form's, on the server.
 */
record PetitionSubmission(
    String title,
    String category,
    String description,
    String requestedSupport,
    String expectedEffect,
    String relatedProjects,
    String contact) {

  Map<String, Object> asStartForm() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(TITLE, title);
    form.put(CATEGORY, category);
    form.put(DESCRIPTION, description);
    form.put(REQUESTED_SUPPORT, requestedSupport);
    form.put(EXPECTED_EFFECT, expectedEffect);
    form.put(RELATED_PROJECTS, relatedProjects);
    form.put(CONTACT, contact);
    return form;
  }
}
