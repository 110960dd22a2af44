package kr.go.molit.rbd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the database's time goes in a phase of the run: PostgreSQL's {@code pg_stat_statements} for
 * the server's database, reset before the phase and written after it to {@code
 * target/bench-statements-<phase>.txt}, the statements with the most planning plus execution time
 * first. Planning shows apart from execution: the engine's permission checks are long statements
 * whose planning can cost more than running them.
 */
final class Statements {

  private final JdbcTemplate jdbc;

  /** Each table's updates and heap-only (HOT) updates at the last reset. */
  private Map<String, long[]> updatesAtReset = Map.of();

  Statements(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  }

  void reset() {
    jdbc.execute("SELECT pg_stat_statements_reset()");
    updatesAtReset = tableUpdates();
  }

  /**
   * Updated rows per table since the reset, and how many of them were heap-only (HOT: the new row
   * version on the same page, no index touched), the tables with the most updates that touched
   * their indexes first, e.g. "act_hi_varinst 3000 (HOT 0 %)". PostgreSQL's backends report these
   * counters with a delay, so the last moments of a phase may be missing: the shares hold, the
   * counts are lower bounds.
   */
  String updatesSinceReset(int top) {
    Map<String, long[]> now = tableUpdates();
    return now.entrySet().stream()
        .map(
            e -> {
              long[] before = updatesAtReset.getOrDefault(e.getKey(), new long[2]);
              return Map.entry(
                  e.getKey(),
                  new long[] {e.getValue()[0] - before[0], e.getValue()[1] - before[1]});
            })
        .filter(e -> e.getValue()[0] > 0)
        .sorted(
            (a, b) ->
                Long.compare(b.getValue()[0] - b.getValue()[1], a.getValue()[0] - a.getValue()[1]))
        .limit(top)
        .map(
            e ->
                String.format(
                    "%s %d (HOT %.0f %%)",
                    e.getKey(), e.getValue()[0], 100.0 * e.getValue()[1] / e.getValue()[0]))
        .collect(Collectors.joining(", "));
  }

  private Map<String, long[]> tableUpdates() {
    Map<String, long[]> updates = new HashMap<>();
    jdbc.query(
        "SELECT relname, n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables",
        row -> {
          updates.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
        });
    return updates;
  }

  /** A phase's database totals: planning and execution time, and statement executions. */
  record Totals(String phase, double planMs, double execMs, long executions) {

    /** The totals per petition, per form, ...: what the report notes. */
    String per(int count, String unit) {
      return String.format(
          "planning %.1f ms, execution %.1f ms, %.0f statement executions per %s"
              + " (target/bench-statements-%s.txt)",
          planMs / count, execMs / count, (double) executions / count, unit, phase);
    }
  }

  /**
   * Writes the phase's statements (the {@code top} by time); returns its totals over all of them (a
   * multi-row INSERT counts as one execution).
   */
  Totals write(String phase, int top) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT calls, plans, round(total_plan_time::numeric, 1) AS plan_ms, "
                + "round(total_exec_time::numeric, 1) AS exec_ms, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 600) AS query "
                + "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                + "ORDER BY total_plan_time + total_exec_time DESC");
    double plan = 0;
    double exec = 0;
    long calls = 0;
    StringBuilder out = new StringBuilder();
    for (Map<String, Object> row : rows) {
      plan += ((Number) row.get("plan_ms")).doubleValue();
      exec += ((Number) row.get("exec_ms")).doubleValue();
      calls += ((Number) row.get("calls")).longValue();
    }
    out.append(
        String.format(
            "phase %s: %d statements, %d executions, planning %.0f ms, execution %.0f ms%n%n",
            phase, rows.size(), calls, plan, exec));
    out.append("calls\tplans\tplan_ms\texec_ms\trows\tquery\n");
    rows.stream()
        .limit(top)
        .forEach(
            row ->
                out.append(
                    String.format(
                        "%s\t%s\t%s\t%s\t%s\t%s%n",
                        row.get("calls"),
                        row.get("plans"),
                        row.get("plan_ms"),
                        row.get("exec_ms"),
                        row.get("rows"),
                        row.get("query"))));
    try {
      Files.writeString(Path.of("target", "bench-statements-" + phase + ".txt"), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Totals(phase, plan, exec, calls);
  }
}
