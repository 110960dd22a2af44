package kr.go.molit.rbd.startup;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * A database that cannot be reached (wrong {@code DB_URL}, credentials, or a server that is down)
 * becomes one start-up failure naming the URL and the driver's reason, instead of a long trace from
 * deep inside the engine.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

  private final Environment environment;

  DatabaseUnreachableFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
    String url = environment.getProperty("spring.datasource.url", "(not set)");
    return new FailureAnalysis(
        "Cannot use the database at '" + url + "': " + cause.getMessage(),
        "Check DB_URL, DB_USER and DB_PASSWORD (profile postgres) and that the database server runs.",
        cause);
  }
}
