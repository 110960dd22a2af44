package kr.go.molit.rbd.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The models and forms the build puts on the classpath, each under a stable name relative to the
 * classpath root ({@code processes/regional-petition.bpmn}, {@code
 * forms/petition-submission.form}), so that redeploying an unchanged file is recognised as
 * unchanged.
 */
record ModelResources(List<Model> models) {

  static final List<String> PATTERNS =
      List.of("processes/**/*.bpmn", "processes/**/*.dmn", "forms/**/*.form");

  /** One deployable file: its stable name and content. */
  record Model(String name, byte[] content) {

    boolean isBpmn() {
      return name.endsWith(".bpmn");
    }

    boolean isForm() {
      return name.endsWith(".form");
    }
  }

  static ModelResources fromClasspath(ClassLoader classLoader) {
    ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
    List<Model> models = new ArrayList<>();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
          models.add(new Model(stableName(resource, pattern), resource.getContentAsByteArray()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read models from the classpath", e);
    }
    models.sort((a, b) -> a.name().compareTo(b.name()));
    return new ModelResources(List.copyOf(models));
  }

  private static String stableName(Resource resource, String pattern) throws IOException {
    String root = pattern.substring(0, pattern.indexOf('/') + 1);
    String url = resource.getURL().toString();
    int at = url.lastIndexOf("/" + root);
    return at < 0 ? root + resource.getFilename() : url.substring(at + 1);
  }
}
