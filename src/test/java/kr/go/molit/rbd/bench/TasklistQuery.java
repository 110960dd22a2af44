package kr.go.molit.rbd.bench;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;

/**
 * The query behind a division's Tasklist list: its filter "우리 기관 업무" (candidate group, newest
 * first), first page of 15, in HAL form so the response carries the variables the filter shows
 * (number, title, region), called over HTTP as the division's official, authorizations on.
 */
final class TasklistQuery {

  /** The body Tasklist posts when it opens a filter (its default sorting, no extra criteria). */
  static final String TASKLIST_BODY =
      "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  /** The total in a HAL answer. */
  private static final java.util.regex.Pattern COUNT =
      java.util.regex.Pattern.compile("\"count\":(\\d+)");

  private final EngineHttp http;
  private final String user;
  private final String path;
  private final String filterId;

  /**
   * The filter the directory keys {@code rbdKey} ("우리 기관 업무@division-…", "기한 임박@everyone"), as the
   * user.
   */
  TasklistQuery(EngineHttp http, FilterService filters, String rbdKey, String user) {
    this.http = http;
    this.user = user;
    Filter filter =
        filters.createTaskFilterQuery().list().stream()
            .filter(
                f -> f.getProperties() != null && rbdKey.equals(f.getProperties().get("rbdKey")))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no Tasklist filter " + rbdKey));
    this.filterId = filter.getId();
    this.path = "/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15";
  }

  String filterId() {
    return filterId;
  }

  /**
   * Median ms of the parts of the Tasklist call, to see where its time goes: the page of tasks
   * alone (plain JSON), the count Tasklist shows beside the filter, and the whole HAL answer.
   */
  String breakdown(int samples) {
    String count = path.replace("/list?firstResult=0&maxResults=15", "/count");
    return String.format(
        java.util.Locale.ROOT,
        "page %.1f ms, count %.1f ms, HAL page with count and variables %.1f ms",
        median(path, "application/json", samples),
        median(count, "application/json", samples),
        median(path, "application/hal+json", samples));
  }

  /**
   * Tasklist's search by one variable of the petition, as its search box sends it (the filter's
   * body with a process variable criterion), whole HAL answers: the median ms after {@code warmUp}
   * unmeasured requests (more than the five after which the JDBC driver prepares a statement on the
   * server, so plans the server keeps are measured too), and the count.
   */
  String search(String variable, String operator, String value, int warmUp, int samples) {
    String body =
        TASKLIST_BODY.replace(
            "\"processVariables\":[]",
            "\"processVariables\":[{\"name\":\""
                + variable
                + "\",\"operator\":\""
                + operator
                + "\",\"value\":\""
                + value
                + "\"}]");
    String count = "?";
    for (int i = 0; i < warmUp; i++) {
      String answer = http.post(user, path, body, "application/hal+json").body();
      java.util.regex.Matcher total = COUNT.matcher(answer);
      if (!total.find()) {
        throw new IllegalStateException(
            "Tasklist search failed: " + answer.substring(0, Math.min(500, answer.length())));
      }
      count = total.group(1);
    }
    List<Double> latencies = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      http.post(user, path, body, "application/hal+json");
      latencies.add((System.nanoTime() - start) / 1e6);
    }
    return String.format(
        java.util.Locale.ROOT,
        "%s %s \"%s\" %.1f ms (%s tasks)",
        variable,
        operator,
        value,
        Stats.median(latencies),
        count);
  }

  private double median(String target, String accept, int samples) {
    List<Double> latencies = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      http.post(user, target, TASKLIST_BODY, accept);
      latencies.add((System.nanoTime() - start) / 1e6);
    }
    return Stats.median(latencies);
  }

  /**
   * Runs the query {@code warmUp} times unmeasured, waits until the JIT compiler has caught up with
   * what they set off (as a server answering Tasklist all day has), then runs it {@code samples}
   * times; latencies in ms. Stops sampling after two minutes (at least five samples), so a slow
   * variant cannot blow the run's time limit.
   */
  List<Double> measure(int warmUp, int samples) {
    for (int i = 0; i < warmUp; i++) {
      call();
    }
    JitCompiler.awaitIdle(java.time.Duration.ofSeconds(1), 20, java.time.Duration.ofSeconds(30));
    List<Double> latencies = new ArrayList<>();
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
    for (int i = 0; i < samples; i++) {
      if (System.nanoTime() > deadline && latencies.size() >= 5) {
        break;
      }
      long start = System.nanoTime();
      call();
      latencies.add((System.nanoTime() - start) / 1e6);
    }
    return latencies;
  }

  private void call() {
    EngineHttp.Response response = http.post(user, path, TASKLIST_BODY, "application/hal+json");
    if (response.statusCode() != 200 || !response.body().contains("\"petitionNumber\"")) {
      throw new IllegalStateException(
          "Tasklist query failed ("
              + response.statusCode()
              + "): "
              + response.body().substring(0, Math.min(500, response.body().length())));
    }
  }
}
