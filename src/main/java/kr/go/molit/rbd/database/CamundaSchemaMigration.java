package kr.go.molit.rbd.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates Camunda's tables with Camunda's own PostgreSQL scripts, read from the engine jar (never
 * copied into this repository), in the order the engine itself runs them. With it, production runs
 * with {@code schema-update=false}: the engine never alters the schema, and every change to it is a
 * recorded Flyway migration. A database whose engine tables already exist (created by an earlier
 * start with {@code schema-update=true}) is left as it is.
 */
class CamundaSchemaMigration implements JavaMigration {

  private static final String SCRIPTS =
      "org/camunda/bpm/engine/db/create/activiti.postgres.create.";

  /** DbSqlSession.dbSchemaCreate's order: engine, history, identity, CMMN, DMN. */
  private static final List<String> COMPONENTS =
      List.of(
          "engine",
          "history",
          "identity",
          "case.engine",
          "case.history",
          "decision.engine",
          "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("0.1");
  }

  @Override
  public String getDescription() {
    return "camunda " + ProcessEngine.class.getPackage().getImplementationVersion() + " schema";
  }

  /** Camunda's scripts are fixed per engine version, which the description already names. */
  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (engineTablesExist(connection)) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (String component : COMPONENTS) {
        statement.execute(script(component));
      }
    }
  }

  private static boolean engineTablesExist(Connection connection) throws SQLException {
    try (var tables = connection.getMetaData().getTables(null, null, "act_ge_property", null)) {
      return tables.next();
    }
  }

  private static String script(String component) {
    String name = SCRIPTS + component + ".sql";
    try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Camunda's schema script is missing from the engine jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }
}
