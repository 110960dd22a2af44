package kr.go.molit.rbd.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the server in a separate JVM on a fresh H2 database (the default profile), so class
 * loading and JIT start cold, as an operator's start does. The JVM gets the arguments {@code mvn
 * spring-boot:run} gives it: the plugin's {@code -XX:TieredStopAtLevel=1} (its "optimized launch",
 * on by default) and the pom's {@code -Dfile.encoding=UTF-8}; the heap is capped at 1 GB so the
 * figure does not depend on the machine's memory. Returns {ready seconds, heap MB}.
 */
final class Startup {

  private Startup() {}

  /**
   * Failsafe runs tests from a manifest-only jar and names the real class path separately; that
   * path can hold the project's own models twice (classes directory and packaged jar), which the
   * deployment's duplicate-form check rightly refuses, so the packaged jar is left out.
   */
  private static String classPath() {
    String path =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
        .filter(
            entry ->
                !(Path.of(entry).getFileName().toString().startsWith("rbd-workflow")
                    && entry.endsWith(".jar")))
        .distinct()
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  static double[] measure() {
    try {
      Path data = Files.createTempDirectory("rbd-startup");
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-XX:TieredStopAtLevel=1",
                  "-Dfile.encoding=UTF-8",
                  "-Xmx1g",
                  "-cp",
                  classPath(),
                  StartupProbe.class.getName(),
                  "--server.port=0",
                  "--logging.level.root=warn"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("RBD_DATA_DIR", data.toString());
      Process process = builder.start();
      double[] result = null;
      java.util.Deque<String> tail = new java.util.ArrayDeque<>();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          tail.addLast(line);
          if (tail.size() > 40) {
            tail.removeFirst();
          }
          if (line.startsWith("STARTUP ")) {
            String[] parts = line.split(" ");
            result =
                new double[] {
                  Long.parseLong(parts[1]) / 1000.0, Long.parseLong(parts[2]) / 1048576.0
                };
          }
        }
      }
      if (!process.waitFor(3, TimeUnit.MINUTES) || result == null) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "the server did not start ("
                + command.subList(0, 4)
                + ", exit "
                + (process.isAlive() ? "none" : process.exitValue())
                + "):\n"
                + String.join("\n", tail));
      }
      return result;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
