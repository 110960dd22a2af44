package kr.go.molit.rbd.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.glassfish.jersey.uri.UriTemplate;
import org.junit.jupiter.api.Test;

class RestRequestPathsTest {

  /** Jersey lists the matched templates innermost first. */
  private static List<UriTemplate> innermostFirst(String... templates) {
    return Arrays.stream(templates).map(UriTemplate::new).toList();
  }

  @Test
  void theServletPathThenTheTemplatesFromTheOutermost() {
    assertThat(
            RestRequestPaths.pattern(
                "/engine-rest", innermostFirst("/submit-form", "/{id}", "/task", "/")))
        .isEqualTo("/engine-rest/task/{id}/submit-form");
    assertThat(
            RestRequestPaths.pattern(
                "/camunda/api/engine", innermostFirst("/count", "/task", "/engine/{name}")))
        .isEqualTo("/camunda/api/engine/engine/{name}/task/count");
  }

  @Test
  void slashesAreNeitherDoubledNorLeftAtTheEnd() {
    assertThat(RestRequestPaths.pattern("/engine-rest", innermostFirst("task/", "/")))
        .isEqualTo("/engine-rest/task");
    assertThat(RestRequestPaths.pattern("", innermostFirst("/"))).isEqualTo("/");
    assertThat(RestRequestPaths.pattern("/engine-rest", innermostFirst("/filter/{id}/list")))
        .isEqualTo("/engine-rest/filter/{id}/list");
  }
}
