package kr.go.molit.rbd.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Our indexes on the engine's own tables ({@code db/engine-indexes/*.sql}, {@code CREATE INDEX IF
 * NOT EXISTS}), applied once the engine's schema exists. They cannot be Flyway migrations: Flyway
 * runs before the engine, whose tables a fresh H2 database does not have yet.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String TASKLIST = "db/engine-indexes/tasklist-indexes.sql";
  static final String JOBS = "db/engine-indexes/job-indexes.sql";
  static final String POSTGRES_STORAGE = "db/engine-indexes/postgres-storage.sql";
  static final String POSTGRES_INDEXES = "db/engine-indexes/postgres-indexes.sql";

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
    Arrays.stream(statements(TASKLIST)).forEach(jdbc::execute);
    Arrays.stream(statements(JOBS)).forEach(jdbc::execute);
    if ("postgres".equals(configuration.getDatabaseType())) {
      Arrays.stream(statements(POSTGRES_STORAGE)).forEach(jdbc::execute);
      Arrays.stream(statements(POSTGRES_INDEXES)).forEach(jdbc::execute);
    }
  }

  /** The SQL statements of a script on the classpath, comments dropped. */
  public static String[] statements(String script) {
    try {
      String sql =
          new ClassPathResource(script)
              .getContentAsString(StandardCharsets.UTF_8)
              .replaceAll("(?m)^\\s*--.*$", "");
      return Arrays.stream(sql.split(";"))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + script, e);
    }
  }
}
