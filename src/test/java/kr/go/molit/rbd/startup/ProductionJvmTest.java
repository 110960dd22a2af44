package kr.go.molit.rbd.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM the production image starts is the JVM the benchmark measures: the same garbage collector
 * in the Dockerfile's entry point and in the bench profile's argLine (pom.xml), so a change to one
 * without the other shows here instead of in figures that no longer describe production.
 */
class ProductionJvmTest {

  private static final Pattern COLLECTOR = Pattern.compile("-XX:\\+Use(\\w+)GC");

  private static String collector(String text, String where) {
    Matcher m = COLLECTOR.matcher(text);
    assertThat(m.find()).as("a collector chosen in " + where).isTrue();
    String found = m.group(1);
    assertThat(m.find()).as("one collector in " + where).isFalse();
    return found;
  }

  @Test
  void theImageAndTheBenchmarkRunTheServerWithTheSameCollector() throws IOException {
    String entryPoint =
        Files.readAllLines(Path.of("Dockerfile")).stream()
            .filter(line -> line.startsWith("ENTRYPOINT"))
            .findFirst()
            .orElseThrow();
    String pom = Files.readString(Path.of("pom.xml"));
    String argLine = pom.substring(pom.indexOf("<id>bench</id>"));
    argLine = argLine.substring(argLine.indexOf("<argLine>"), argLine.indexOf("</argLine>"));

    assertThat(collector(entryPoint, "the Dockerfile's ENTRYPOINT"))
        .isEqualTo("Parallel")
        .isEqualTo(collector(argLine, "the bench profile's argLine"));
  }
}
