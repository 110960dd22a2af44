package kr.go.molit.rbd.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.go.molit.rbd.Officials;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;

/**
 * The oracle of our page statement: the same query listed by the engine's own statement, which
 * stays in the engine's MyBatis configuration under its name; only the mapping to ours is lifted
 * while the engine's answer is read.
 */
final class PagesAgainstTheEngine {

  private PagesAgainstTheEngine() {}

  /**
   * The ids the supplier lists as the user, read by our statement and by the engine's; asserted
   * equal, in order when the sorting is total (ends with the task id; otherwise tasks that sort
   * alike may come in any order from either).
   */
  static List<String> compare(
      ProcessEngine engine,
      Officials officials,
      String userId,
      String what,
      boolean totalOrder,
      Supplier<List<Task>> list) {
    List<String> ours = officials.as(userId, () -> ids(list.get()));
    List<String> engines =
        officials.as(userId, () -> withEngineStatement(engine, () -> ids(list.get())));
    if (totalOrder) {
      assertThat(ours).as("%s, %s", userId, what).isEqualTo(engines);
    } else {
      assertThat(ours).as("%s, %s", userId, what).containsExactlyInAnyOrderElementsOf(engines);
    }
    return ours;
  }

  /** Runs the work with the engine's own task list statement in place of ours. */
  static <T> T withEngineStatement(ProcessEngine engine, Supplier<T> work) {
    DbSqlSessionFactory statements =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getDbSqlSessionFactory();
    Map<String, String> ours = statements.getStatementMappings();
    Map<String, String> without = new HashMap<>(ours);
    without.remove(TaskPageQuery.ENGINE_STATEMENT);
    statements.setStatementMappings(without);
    try {
      return work.get();
    } finally {
      statements.setStatementMappings(ours);
    }
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
