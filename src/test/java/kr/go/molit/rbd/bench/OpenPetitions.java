package kr.go.molit.rbd.bench;

import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.molit.rbd.petition.Category;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database with open petitions for the Tasklist query. Starting 100,000 petitions through
 * the engine takes most of an hour on two cores, so the engine starts a few hundred to a couple of
 * thousand "templates" (as officials, authorizations on: half waiting at the council's completeness
 * check, half routed to their division reviews), and SQL copies every row the engine wrote for them
 * (runtime, variables with their byte arrays, identity links, authorizations, history) under fresh
 * ids until the target count is reached. The copies are the engine's own rows, so the query sees
 * realistic task, variable, identity-link and authorization data.
 */
final class OpenPetitions {

  static final List<String> ALL_CATEGORIES = Category.codes();

  /**
   * Columns holding ids of a petition's own rows; a copy gets them suffixed, everything else as is.
   */
  private static final Set<String> INSTANCE_ID_COLUMNS =
      Set.of(
          "id_",
          "proc_inst_id_",
          "root_proc_inst_id_",
          "execution_id_",
          "parent_id_",
          "super_exec_",
          "act_inst_id_",
          "parent_act_inst_id_",
          "task_id_",
          "parent_task_id_",
          "bytearray_id_",
          "var_inst_id_",
          "var_scope_",
          "business_key_",
          "call_proc_inst_id_",
          "super_process_instance_id_",
          "dec_inst_id_",
          "root_dec_inst_id_",
          "operation_id_",
          "resource_id_",
          "process_instance_id_");

  /**
   * A copy's id: the original with the six characters before its last thirteen replaced by 'x' (not
   * a hex digit, so copies are recognisable) and the copy number. The engine's ids are UUIDs
   * (version 7 since the twenty-first round), possibly behind an activity id: ids made in different
   * milliseconds differ in their first characters, ids of the same millisecond in their last ones,
   * so keeping both ends keeps copies unique, and the 64-character limit too.
   */
  static String copyOf(String column) {
    return "left("
        + column
        + ", length("
        + column
        + ") - 19) || 'x' || lpad(copy.n::text, 5, '0') || right("
        + column
        + ", 13)";
  }

  private static final String PI = "(SELECT id_ FROM bench_template_pi)";
  private static final String TASKS =
      "(SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN " + PI + ")";

  /** Which rows of each table belong to the template petitions, in foreign-key order. */
  private static final List<Map.Entry<String, String>> ROWS_OF_TEMPLATES =
      List.of(
          Map.entry(
              "act_ge_bytearray",
              "root_proc_inst_id_ IN "
                  + PI
                  + " OR id_ IN (SELECT bytearray_id_ FROM act_ru_variable WHERE proc_inst_id_ IN "
                  + PI
                  + ")"),
          Map.entry("act_ru_execution", "proc_inst_id_ IN " + PI),
          Map.entry("act_ru_task", "proc_inst_id_ IN " + PI),
          Map.entry("act_ru_variable", "proc_inst_id_ IN " + PI),
          Map.entry("act_ru_identitylink", "task_id_ IN " + TASKS),
          // Reminder and escalation timers, due in days: the job executor's acquisition sees them
          // all.
          Map.entry("act_ru_job", "process_instance_id_ IN " + PI),
          Map.entry("act_ru_event_subscr", "proc_inst_id_ IN " + PI),
          Map.entry(
              "act_ru_authorization", "resource_id_ IN " + PI + " OR resource_id_ IN " + TASKS),
          Map.entry("act_hi_procinst", "proc_inst_id_ IN " + PI),
          Map.entry("act_hi_actinst", "proc_inst_id_ IN " + PI),
          Map.entry("act_hi_taskinst", "proc_inst_id_ IN " + PI),
          Map.entry("act_hi_varinst", "proc_inst_id_ IN " + PI),
          Map.entry("act_hi_detail", "proc_inst_id_ IN " + PI),
          Map.entry("act_hi_identitylink", "root_proc_inst_id_ IN " + PI),
          Map.entry("act_hi_op_log", "root_proc_inst_id_ IN " + PI),
          Map.entry("act_hi_decinst", "root_proc_inst_id_ IN " + PI),
          Map.entry("act_hi_dec_in", "root_proc_inst_id_ IN " + PI),
          Map.entry("act_hi_dec_out", "root_proc_inst_id_ IN " + PI));

  private final PetitionWalk walk;
  private final JdbcTemplate jdbc;

  OpenPetitions(PetitionWalk walk, JdbcTemplate jdbc) {
    this.walk = walk;
    this.jdbc = jdbc;
  }

  /** Starts {@code templates} petitions through the engine on {@code threads} threads. */
  Round startTemplates(int templates, int threads) {
    return Round.run(
        threads,
        templates,
        i -> {
          String region = PetitionWalk.REGIONS.get(i % PetitionWalk.REGIONS.size()) + ".official";
          String instance =
              walk.submit(region, ALL_CATEGORIES.get(i % ALL_CATEGORIES.size()), "지역 현안 건의 " + i);
          if (i % 2 == 1) {
            walk.complete(
                "council.secretary",
                instance,
                "completeness-check",
                Map.of("completenessDecision", "complete"));
            walk.complete(
                "council.secretary",
                instance,
                "council-review",
                Map.of("councilOutcome", "forward", "councilOpinion", "기획단 검토가 필요합니다."));
          }
        });
  }

  /** Copies the running petitions until about {@code target} are open; returns the rows written. */
  long copyUpTo(int target) {
    jdbc.execute("DROP TABLE IF EXISTS bench_template_pi");
    jdbc.execute(
        "CREATE TABLE bench_template_pi AS SELECT id_ FROM act_ru_execution "
            + "WHERE id_ = proc_inst_id_ AND proc_def_id_ LIKE 'regional-petition:%'");
    Integer templates =
        jdbc.queryForObject("SELECT count(*) FROM bench_template_pi", Integer.class);
    int copies = Math.max(0, (target + templates - 1) / templates - 1);
    // Indexes are built after the copy, not maintained row by row during it (13.5 million rows at
    // full scale: 401 s of copying with every index maintained, 342 s this way).
    List<Map<String, Object>> indexes = secondaryIndexes();
    indexes.forEach(index -> jdbc.execute("DROP INDEX " + index.get("name")));
    long rows = 0;
    for (Map.Entry<String, String> table : ROWS_OF_TEMPLATES) {
      rows += jdbc.update(copySql(table.getKey(), table.getValue(), copies));
    }
    jdbc.execute(
        (ConnectionCallback<Void>)
            connection -> {
              try (Statement statement = connection.createStatement()) {
                statement.execute("SET maintenance_work_mem = '256MB'");
                for (Map<String, Object> index : indexes) {
                  statement.execute((String) index.get("definition"));
                }
                statement.execute("RESET maintenance_work_mem");
              }
              return null;
            });
    jdbc.execute("DROP TABLE bench_template_pi");
    // Settle the database as production's would be: visibility maps set (index-only scans), the
    // copy's dirty pages written. Otherwise autovacuum and checkpoints of a 13-million-row load ran
    // during the first Tasklist measurement (with our indexes) and not during the second.
    jdbc.execute("VACUUM ANALYZE");
    jdbc.execute("CHECKPOINT");
    return rows;
  }

  /**
   * The copied tables' indexes that no constraint owns (the engine's and ours), with their
   * definitions; primary keys and unique constraints stay, so the copy is still checked by them.
   */
  private List<Map<String, Object>> secondaryIndexes() {
    String tables =
        ROWS_OF_TEMPLATES.stream()
            .map(table -> "'" + table.getKey() + "'")
            .collect(Collectors.joining(", "));
    return jdbc.queryForList(
        "SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition "
            + "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
            + "WHERE t.relnamespace = current_schema()::regnamespace AND t.relname IN ("
            + tables
            + ") "
            + "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY c.relname");
  }

  private String copySql(String table, String rowsOfTemplates, int copies) {
    List<String> columns =
        jdbc.queryForList(
            "SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            String.class,
            table);
    String values =
        columns.stream().map(c -> valueOfCopy(table, c)).collect(Collectors.joining(", "));
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") SELECT "
        + values
        + " FROM "
        + table
        + ", generate_series(1, "
        + copies
        + ") AS copy(n) WHERE "
        + rowsOfTemplates;
  }

  private static String valueOfCopy(String table, String column) {
    if (column.equals("business_key_")) {
      return column + " || '-' || copy.n";
    }
    if (INSTANCE_ID_COLUMNS.contains(column)) {
      return copyOf(column);
    }
    if (table.equals("act_ru_task") && column.equals("create_time_")) {
      return "create_time_ - copy.n * interval '1 minute'"; // spread creation times as real work is
    }
    return column;
  }
}
