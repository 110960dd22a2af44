package kr.go.molit.rbd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The PostgreSQL production runs, as {@code docker-compose.yml}'s {@code db} service makes it: the
 * server settings ({@code -c name=value} arguments of its command) and the cluster's {@code initdb}
 * options ({@code --name=value} words of {@code POSTGRES_INITDB_ARGS}, such as its collation). The
 * tests' and the benchmark's embedded servers take them from there, so what they measure and check
 * is the database production has, and a change to one cannot leave the other behind.
 */
public final class ProductionPostgres {

  static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

  private ProductionPostgres() {}

  /** The server settings, by name. */
  public static Map<String, String> settings() {
    return settings(compose());
  }

  /** The {@code initdb} options, by name without the leading dashes. */
  public static Map<String, String> initdbOptions() {
    return initdbOptions(compose());
  }

  static Map<String, String> settings(String compose) {
    Object command = db(compose).get("command");
    if (!(command instanceof List<?> arguments)) {
      throw new IllegalStateException(
          "docker-compose.yml: services.db.command is not a list of arguments");
    }
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      if ("-c".equals(String.valueOf(arguments.get(i)))) {
        if (i + 1 == arguments.size() || !String.valueOf(arguments.get(i + 1)).contains("=")) {
          throw new IllegalStateException(
              "docker-compose.yml: services.db.command: '-c' without name=value");
        }
        String setting = String.valueOf(arguments.get(++i));
        settings.put(
            setting.substring(0, setting.indexOf('=')),
            setting.substring(setting.indexOf('=') + 1));
      }
    }
    return settings;
  }

  static Map<String, String> initdbOptions(String compose) {
    Map<String, String> options = new LinkedHashMap<>();
    if (!(db(compose).get("environment") instanceof Map<?, ?> environment)
        || environment.get("POSTGRES_INITDB_ARGS") == null) {
      return options;
    }
    for (String word :
        String.valueOf(environment.get("POSTGRES_INITDB_ARGS")).trim().split("\\s+")) {
      if (!word.matches("--[a-z-]+=\\S+")) {
        throw new IllegalStateException(
            "docker-compose.yml: services.db.environment.POSTGRES_INITDB_ARGS: '"
                + word
                + "' is not --name=value");
      }
      options.put(word.substring(2, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
    }
    return options;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> db(String compose) {
    Map<String, Object> root = new Yaml().load(compose);
    Map<String, Object> services = (Map<String, Object>) root.get("services");
    return (Map<String, Object>) services.get("db");
  }

  private static String compose() {
    try {
      return Files.readString(COMPOSE_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
