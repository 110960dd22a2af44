package kr.go.molit.rbd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes our Flyway migration adds for Tasklist and the dashboard, read from the migration
 * itself so the bench drops and restores exactly what production has.
 */
final class OurIndexes {

  static final String MIGRATION = "db/engine-indexes/tasklist-indexes.sql";
  private static final Pattern NAME =
      Pattern.compile("(?i)create\\s+index\\s+if\\s+not\\s+exists\\s+(\\w+)");

  private final JdbcTemplate jdbc;
  private final List<String> statements;

  OurIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    try {
      String sql = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
      statements =
          Arrays.stream(sql.replaceAll("(?m)^\\s*--.*$", "").split(";"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> names() {
    return statements.stream()
        .map(NAME::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .toList();
  }

  void drop() {
    names().forEach(name -> jdbc.execute("DROP INDEX IF EXISTS " + name));
    jdbc.execute("ANALYZE");
  }

  void restore() {
    statements.forEach(jdbc::execute);
    jdbc.execute("ANALYZE");
  }
}
