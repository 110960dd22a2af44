package kr.go.molit.rbd.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import kr.go.molit.rbd.ProductionPostgres;

/**
 * One PostgreSQL 17 server for the whole run (zonky's binaries). The server under test uses the
 * database {@code postgres} through its own configuration (DB_URL, its Hikari settings); the bare
 * engine gets the database {@code bare} on the same server, so both share disk, CPU and settings:
 * production's (docker-compose.yml, {@link ProductionPostgres}), plus the statement log and
 * statistics below and zonky's {@code synchronous_commit=off} (commits wait for no disk flush).
 * Zonky's shutdown hook stops the server when the JVM exits, after the bench has closed its Spring
 * context. The server's own log, with every statement slower than {@code -Dbench.slowMs} (default
 * 50 ms), is {@code target/bench-postgres.log}.
 */
final class BenchDatabase {

  private static EmbeddedPostgres server;

  private BenchDatabase() {}

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        java.io.File log = new java.io.File("target", "bench-postgres.log");
        java.nio.file.Files.deleteIfExists(log.toPath());
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        ProductionPostgres.settings().forEach(builder::setServerConfig);
        ProductionPostgres.initdbOptions().forEach(builder::setLocaleConfig);
        server =
            builder
                .setServerConfig("max_connections", "80")
                // Every statement slower than bench.slowMs (default 50 ms) lands in the log with
                // its
                // parameters, so a slow figure comes with the statements behind it.
                .setServerConfig(
                    "log_min_duration_statement",
                    Integer.toString(Integer.getInteger("bench.slowMs", 50)))
                .setServerConfig("track_activity_query_size", "16384")
                // Time per statement, planning included (see Statements).
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track_planning", "on")
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  static String url(String database) {
    return server().getJdbcUrl("postgres", database);
  }

  static void createDatabase(String database) {
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
