package kr.go.molit.rbd.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The engine REST API as an outside client uses it: HTTP Basic as a directory user, JSON in and
 * out, tasks completed through {@code submit-form}.
 */
public final class EngineRest {

  public static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;

  public EngineRest(TestRestTemplate http) {
    this.http = http;
  }

  public ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity("/engine-rest" + path, String.class);
  }

  public ResponseEntity<String> post(String user, String path, Object body) {
    return post(user, "demo", path, body);
  }

  /** As a user whose password is not the demo directory's (one a test made). */
  public ResponseEntity<String> post(String user, String password, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, password)
        .exchange(
            "/engine-rest" + path,
            HttpMethod.POST,
            new HttpEntity<>(write(body), headers),
            String.class);
  }

  public JsonNode getJson(String user, String path) {
    ResponseEntity<String> response = get(user, path);
    assertThat(response.getStatusCode().is2xxSuccessful())
        .as(path + " as " + user + ": " + response.getBody())
        .isTrue();
    return read(response.getBody());
  }

  /** Variables in the engine's REST form: {"name": {"value": ...}}, JSON arrays typed as Json. */
  public static ObjectNode variables(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach(
        (name, value) -> {
          ObjectNode variable = variables.putObject(name);
          if (value instanceof java.util.List<?> list) {
            variable.put("value", write(list));
            variable.put("type", "Json");
          } else {
            variable.putPOJO("value", value);
          }
        });
    return variables;
  }

  /** Submits the start form; returns the new petition's business key. */
  public String submitStartForm(String user, String processKey, Map<String, Object> values) {
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables(values));
    ResponseEntity<String> response =
        post(user, "/process-definition/key/" + processKey + "/submit-form", body);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return read(response.getBody()).path("businessKey").asText();
  }

  /**
   * Waits (asynchronous continuations run on the job executor) for the user's task, claims it,
   * submits its form.
   */
  public ResponseEntity<String> completeTask(
      String user, String businessKey, String taskKey, Map<String, Object> values) {
    String taskId = awaitTask(user, businessKey, taskKey);
    post(user, "/task/" + taskId + "/claim", Map.of("userId", user));
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables(values));
    return post(user, "/task/" + taskId + "/submit-form", body);
  }

  /**
   * A petition submitted through the region's start form, found complete and forwarded by the
   * council, each step asserted to succeed: waiting at its division reviews. Returns its number.
   */
  public String forwardedToDivisions(String region, Map<String, Object> form) {
    return decidedByCouncil(region, form, "forward", "기획단 검토가 필요합니다.");
  }

  /** A petition the council does not accept, with its opinion: it ends with a result notice. */
  public String notAcceptedByCouncil(String region, Map<String, Object> form, String opinion) {
    return decidedByCouncil(region, form, "rejected", opinion);
  }

  /** A petition the council secretariat asks its region to supplement, with what it asks for. */
  public String supplementRequested(String region, Map<String, Object> form, String request) {
    return checkedForCompleteness(
        region, form, Map.of("completenessDecision", "supplement", "supplementRequest", request));
  }

  private String decidedByCouncil(
      String region, Map<String, Object> form, String outcome, String opinion) {
    String number =
        checkedForCompleteness(region, form, Map.of("completenessDecision", "complete"));
    ok(
        completeTask(
            "council.secretary",
            number,
            "council-review",
            Map.of("councilOutcome", outcome, "councilOpinion", opinion)));
    return number;
  }

  /** Submitted by the region, then the council secretariat's completeness check as given. */
  private String checkedForCompleteness(
      String region, Map<String, Object> form, Map<String, Object> check) {
    String number = submitStartForm(region, "regional-petition", form);
    ok(completeTask("council.secretary", number, "completeness-check", check));
    return number;
  }

  /** Fails with the answer's body unless the request succeeded. */
  public static void ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
  }

  public String awaitTask(String user, String businessKey, String taskKey) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode tasks =
          getJson(
              user,
              "/task?processInstanceBusinessKey="
                  + businessKey
                  + "&taskDefinitionKey="
                  + taskKey
                  + "&candidateUser="
                  + user
                  + "&includeAssignedTasks=true&maxResults=10");
      if (tasks.size() > 0) {
        return tasks.get(0).path("id").asText();
      }
      sleep();
    }
    throw new AssertionError(
        "no task " + taskKey + " of " + businessKey + " for " + user + " within 20 s");
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public static JsonNode read(String json) {
    try {
      return JSON.readTree(json == null ? "null" : json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
