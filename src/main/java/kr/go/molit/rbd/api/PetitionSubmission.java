package kr.go.molit.rbd.api;

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
    form.put("title", title);
    form.put("category", category);
    form.put("description", description);
    form.put("requestedSupport", requestedSupport);
    form.put("expectedEffect", expectedEffect);
    form.put("relatedProjects", relatedProjects);
    form.put("contact", contact);
    return form;
  }
}
