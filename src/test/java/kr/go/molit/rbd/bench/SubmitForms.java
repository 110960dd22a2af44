package kr.go.molit.rbd.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Concurrent officials completing their tasks over HTTP: claim, then {@code submit-form}, as
 * Tasklist does. The tasks are the engine-started petitions' completeness checks and division
 * reviews; the two reviews of one petition sit next to each other in the queue, so they are often
 * submitted at the same moment and meet at the multi-instance join.
 */
final class SubmitForms {

  record OpenTask(String id, String key, String group, String instance) {}

  private static final String COMPLETENESS =
      "{\"variables\":{\"completenessDecision\":{\"value\":\"complete\"}}}";
  private static final String DIVISION_REVIEW =
      "{\"variables\":{\"divisionOpinion\":{\"value\":\"accept\"},"
          + "\"divisionRationale\":{\"value\":\"국가 계획과 부합함\"},"
          + "\"consultMinistries\":{\"value\":\"[]\",\"type\":\"Json\"},"
          + "\"adviceGroupsRequested\":{\"value\":\"[]\",\"type\":\"Json\"}}}";

  private final EngineHttp http;
  private final Officials officials;
  private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

  SubmitForms(EngineHttp http, Officials officials) {
    this.http = http;
    this.officials = officials;
  }

  /** Open, unclaimed tasks of engine-started petitions (copies have an 'x' in their ids). */
  static List<OpenTask> openTasks(JdbcTemplate jdbc, int count) {
    return tasks(jdbc, "NOT LIKE", "t.proc_inst_id_", count);
  }

  /**
   * Open, unclaimed tasks of the petitions {@link OpenPetitions} copied: the engine's own rows
   * under new ids, completed as the engine-started ones are. They let the warm-up run for minutes
   * without using up the tasks the round measures. In an order of their own: the copies of one
   * template sit next to each other in every table and index, and taken in turn they would find in
   * PostgreSQL's cache what a server's petitions, spread over months, do not.
   */
  static List<OpenTask> copiedTasks(JdbcTemplate jdbc, int count) {
    return tasks(jdbc, "LIKE", "md5(t.proc_inst_id_)", count);
  }

  private static List<OpenTask> tasks(
      JdbcTemplate jdbc, String copies, String petitionOrder, int count) {
    return jdbc.query(
        "SELECT t.id_, t.task_def_key_, l.group_id_, t.proc_inst_id_ FROM act_ru_task t "
            + "JOIN act_ru_identitylink l ON l.task_id_ = t.id_ AND l.type_ = 'candidate' "
            + "WHERE t.id_ "
            + copies
            + " '%x%' AND t.assignee_ IS NULL "
            + "AND t.task_def_key_ IN ('completeness-check', 'division-review') ORDER BY "
            + petitionOrder
            + ", t.id_ LIMIT ?",
        (rs, n) -> new OpenTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        count);
  }

  Round run(List<OpenTask> tasks, int clients) {
    return run(tasks, clients, new ThreadCpu());
  }

  /** A round whose clients count their own CPU time into {@code cpu}. */
  Round run(List<OpenTask> tasks, int clients, ThreadCpu cpu) {
    List<OpenTask> queue = new ArrayList<>(tasks);
    return Round.run(clients, queue.size(), i -> cpu.clientCall(() -> complete(queue.get(i))));
  }

  /** Whether the call succeeded; a failure is kept as an error. */
  private boolean check(String call, EngineHttp.Response response) {
    if (response.statusCode() / 100 == 2) {
      return true;
    }
    errors.add(call + " " + response.statusCode() + ": " + response.body());
    return false;
  }

  private void complete(OpenTask task) {
    String user = officials.memberOf(task.group());
    if (check(
        "claim",
        http.post(user, "/task/" + task.id() + "/claim", "{\"userId\":\"" + user + "\"}"))) {
      check(
          "submit-form",
          http.post(
              user,
              "/task/" + task.id() + "/submit-form",
              task.key().equals("division-review") ? DIVISION_REVIEW : COMPLETENESS));
    }
  }

  List<String> errors() {
    return List.copyOf(errors);
  }
}
