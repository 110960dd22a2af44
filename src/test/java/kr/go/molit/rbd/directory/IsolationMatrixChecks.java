package kr.go.molit.rbd.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Who sees which petition, asked of every REST endpoint that exposes instance data. A Busan
 * petition routed to the railway divisions and a Daegu petition still at the council are set up
 * through the real forms; each role must see exactly what the issue grants it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IsolationMatrixChecks {

  @Autowired TestRestTemplate http;
  EngineRest rest;
  Petition busan;
  Petition daegu;

  record Petition(String number, String instanceId, String taskId) {}

  /** An endpoint and how to ask it about one petition. */
  record Endpoint(String name, java.util.function.Function<Petition, String> path) {}

  static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint(
              "process-instance",
              p -> "/process-instance?businessKey=" + p.number() + "&maxResults=10"),
          new Endpoint(
              "process-instance/{id}/variables",
              p -> "/process-instance/" + p.instanceId() + "/variables"),
          new Endpoint(
              "variable-instance",
              p -> "/variable-instance?processInstanceIdIn=" + p.instanceId() + "&maxResults=100"),
          new Endpoint(
              "history/process-instance",
              p ->
                  "/history/process-instance?processInstanceBusinessKey="
                      + p.number()
                      + "&maxResults=10"),
          new Endpoint(
              "history/variable-instance",
              p ->
                  "/history/variable-instance?processInstanceId="
                      + p.instanceId()
                      + "&maxResults=100"),
          new Endpoint(
              "history/activity-instance",
              p ->
                  "/history/activity-instance?processInstanceId="
                      + p.instanceId()
                      + "&maxResults=100"),
          new Endpoint(
              "history/task",
              p -> "/history/task?processInstanceId=" + p.instanceId() + "&maxResults=100"),
          new Endpoint(
              "task", p -> "/task?processInstanceId=" + p.instanceId() + "&maxResults=100"),
          new Endpoint("task/{id}/form-variables", p -> "/task/" + p.taskId() + "/form-variables"));

  /**
   * Runtime variable endpoints. With specific variable permissions on (SECURITY.md) the engine can
   * grant them only per definition, which would cover every region's petitions, or per task: so
   * regions and divisions read a petition's variables through its history and their own tasks.
   */
  static final List<String> RUNTIME_VARIABLES =
      List.of("process-instance/{id}/variables", "variable-instance");

  /**
   * Endpoints a region official reads its own petition through (its tasks come later, at supplement
   * or result).
   */
  static final List<String> OWN_REGION_READS =
      List.of(
          "process-instance",
          "history/process-instance",
          "history/variable-instance",
          "history/activity-instance");

  @BeforeAll
  void twoPetitions() {
    rest = new EngineRest(http);
    String busanNumber =
        rest.forwardedToDivisions("busan.official", Petitions.form("부산 철도 지하화", "railway"));
    busan = petition(busanNumber, "railway-policy.officer", "division-review");
    String daeguNumber =
        rest.submitStartForm(
            "daegu.official", "regional-petition", Petitions.form("대구 도심 GB 해제", "gb-regulation"));
    daegu = petition(daeguNumber, "council.secretary", "completeness-check");
  }

  private Petition petition(String number, String taskUser, String taskKey) {
    String taskId = rest.awaitTask(taskUser, number, taskKey);
    String instanceId =
        rest.getJson("demo", "/process-instance?businessKey=" + number + "&maxResults=1")
            .get(0)
            .path("id")
            .asText();
    return new Petition(number, instanceId, taskId);
  }

  boolean sees(String user, Endpoint endpoint, Petition petition) {
    ResponseEntity<String> response = rest.get(user, endpoint.path().apply(petition));
    int status = response.getStatusCode().value();
    assertThat(status)
        .as(endpoint.name() + " as " + user + ": " + response.getBody())
        .isIn(200, 403, 404);
    if (status != 200) {
      return false;
    }
    JsonNode body = EngineRest.read(response.getBody());
    return body.isArray() ? body.size() > 0 : body.size() > 0;
  }

  List<String> leaks(String user, Petition petition, List<String> endpointNames) {
    List<String> leaks = new ArrayList<>();
    for (Endpoint endpoint : ENDPOINTS) {
      if (endpointNames.contains(endpoint.name()) && sees(user, endpoint, petition)) {
        leaks.add(endpoint.name());
      }
    }
    return leaks;
  }

  static List<String> all() {
    return ENDPOINTS.stream().map(Endpoint::name).toList();
  }

  @Test
  void aRegionSeesNothingOfAnotherRegionsPetition() {
    assertThat(leaks("daegu.official", busan, all())).isEmpty();
    assertThat(leaks("busan.official", daegu, all())).isEmpty();
    assertThat(leaks("jeju.official", busan, all())).isEmpty();
  }

  @Test
  void aRegionSeesItsOwnPetitionAndItsHistory() {
    assertThat(leaks("busan.official", busan, RUNTIME_VARIABLES))
        .as("runtime variables need per-definition grants")
        .isEmpty();
    for (Endpoint endpoint : ENDPOINTS) {
      if (OWN_REGION_READS.contains(endpoint.name())) {
        assertThat(sees("busan.official", endpoint, busan)).as(endpoint.name()).isTrue();
        assertThat(sees("daegu.official", endpoint, daegu)).as(endpoint.name()).isTrue();
      }
    }
  }

  @Test
  void divisionsSeeOnlyWhatWasRoutedToThem() {
    for (Endpoint endpoint : ENDPOINTS) {
      // the division's own task carries its Tasklist columns, so variable-instance shows those
      boolean expected = !endpoint.name().equals("process-instance/{id}/variables");
      assertThat(sees("railway-policy.officer", endpoint, busan))
          .as("routed: " + endpoint.name())
          .isEqualTo(expected);
    }
    assertThat(leaks("railway-policy.officer", daegu, all())).isEmpty();
    assertThat(leaks("green-belt.officer", daegu, all())).as("daegu not yet routed").isEmpty();
    assertThat(leaks("green-belt.officer", busan, all())).isEmpty();
    assertThat(leaks("moef.liaison", busan, all())).isEmpty();
    assertThat(leaks("lh.liaison", busan, all())).isEmpty();
  }

  @Test
  void councilPlanningGroupAndForumStaffSeeEveryPetition() {
    for (String staff :
        List.of(
            "council.secretary",
            "tf.coordinator",
            "urban.director",
            "forum.secretary",
            "minister.office")) {
      for (Petition petition : List.of(busan, daegu)) {
        for (Endpoint endpoint : ENDPOINTS) {
          assertThat(sees(staff, endpoint, petition))
              .as(staff + " " + endpoint.name() + " " + petition.number())
              .isTrue();
        }
      }
    }
  }
}
