package kr.go.molit.rbd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The PostgreSQL settings production runs with: the {@code -c name=value} arguments of the
 * {@code db} service's command in {@code docker-compose.yml}. The benchmark's server takes them
 * from there, so its figures describe the database production has and a change to one cannot
 * leave the other behind.
 */
final class ProductionPostgres {

  static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

  private ProductionPostgres() {}

  static Map<String, String> settings() {
    try {
      return settings(Files.readString(COMPOSE_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> settings(String compose) {
    Map<String, Object> root = new Yaml().load(compose);
    Map<String, Object> services = (Map<String, Object>) root.get("services");
    Map<String, Object> db = (Map<String, Object>) services.get("db");
    Object command = db.get("command");
    if (!(command instanceof List<?> arguments)) {
      throw new IllegalStateException("docker-compose.yml: services.db.command is not a list of arguments");
    }
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      if ("-c".equals(String.valueOf(arguments.get(i)))) {
        if (i + 1 == arguments.size() || !String.valueOf(arguments.get(i + 1)).contains("=")) {
          throw new IllegalStateException("docker-compose.yml: services.db.command: '-c' without name=value");
        }
        String setting = String.valueOf(arguments.get(++i));
        settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
      }
    }
    return settings;
  }
}
