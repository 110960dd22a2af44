package kr.go.molit.rbd.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The part of the bad-input corpus that needs no petition process yet: the start form of
 * regional-petition through submit-form on both REST mounts. Each input gets a 4xx with a reason
 * and starts nothing; nothing answers 500.
 */
abstract class BadInputChecks {

  /** Submits as a region official, who may start petitions, so only the bad part is at fault. */
  static final String REGION_OFFICIAL = "busan.official";

  static final String SUBMIT = "/process-definition/key/regional-petition/submit-form";
  static final String JAVA_SERIALIZED_HASHMAP =
      "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAB3CAAAABAAAAAAeA==";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  static final Map<String, String> CORPUS =
      Map.of(
          "malformed JSON",
          "{\"variables\": {",
          "JSON array",
          "[1, 2]",
          "wrongly typed value",
          form("{\"value\":{\"a\":1},\"type\":\"Integer\"}", "\"내용\""),
          "NUL byte",
          form("\"제목\\u0000\"", "\"내용\""),
          "control character",
          form("\"제목\\u001b[31m\"", "\"내용\""),
          "text over 4000 characters",
          form("\"제목\"", "\"" + "가😀".repeat(2001) + "\""),
          "business key over 255",
          "{\"businessKey\":\""
              + "부산😀".repeat(90)
              + "\",\"variables\":"
              + variables("\"제목\"", "\"내용\"")
              + "}",
          "serialized Java object",
          "{\"variables\":{\"title\":{\"value\":\"t\"},\"description\":"
              + "{\"value\":\"d\"},\"category\":{\"value\":\"other\"},\"requestedSupport\":{\"value\":\"r\"},"
              + "\"expectedEffect\":{\"value\":\"e\"},\"contact\":{\"value\":\"c\"},\"payload\":{\"value\":\""
              + JAVA_SERIALIZED_HASHMAP
              + "\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\","
              + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}");

  @Test
  void everyBadInputIsRefusedWithAReasonAndStartsNothing() {
    long before = history.createHistoricProcessInstanceQuery().count();
    WebappSession webapp = WebappSession.signIn(http, REGION_OFFICIAL, "demo");
    CORPUS.forEach(
        (name, body) -> {
          ResponseEntity<String> rest =
              http.withBasicAuth(REGION_OFFICIAL, "demo")
                  .exchange("/engine-rest" + SUBMIT, HttpMethod.POST, json(body), String.class);
          ResponseEntity<String> ui =
              webapp.postJson("/camunda/api/engine/engine/default" + SUBMIT, body);
          for (ResponseEntity<String> answer : new ResponseEntity[] {rest, ui}) {
            assertThat(answer.getStatusCode())
                .as(name + ": " + answer.getBody())
                .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(name).isNotBlank().doesNotContain("\tat ");
          }
        });
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aPlainStartWithoutTheStartFormsFieldsIsRefusedNamingTheField() {
    long before = history.createHistoricProcessInstanceQuery().count();
    String start = "/process-definition/key/regional-petition/start";
    String body = "{\"variables\":{\"description\":{\"value\":\"내용\"}}}";
    ResponseEntity<String> rest =
        http.withBasicAuth(REGION_OFFICIAL, "demo")
            .exchange("/engine-rest" + start, HttpMethod.POST, json(body), String.class);
    ResponseEntity<String> ui =
        WebappSession.signIn(http, REGION_OFFICIAL, "demo")
            .postJson("/camunda/api/engine/engine/default" + start, body);
    for (ResponseEntity<String> answer : List.of(rest, ui)) {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("'건의 제목'(title): 필수 입력 항목입니다.");
    }
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void koreanTextIsStoredAsNfc() {
    String nfd = Normalizer.normalize("부산광역시 건의", Normalizer.Form.NFD);
    ResponseEntity<String> started =
        http.withBasicAuth(REGION_OFFICIAL, "demo")
            .exchange(
                "/engine-rest" + SUBMIT,
                HttpMethod.POST,
                json(form("\"" + nfd + "\"", "\"내용\"")),
                String.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String id = started.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(runtime.getVariable(id, "title")).isEqualTo("부산광역시 건의");
    runtime.deleteProcessInstance(id, "test");
  }

  static String form(String title, String description) {
    return "{\"variables\":" + variables(title, description) + "}";
  }

  static String variables(String title, String description) {
    String titleValue = title.startsWith("{") ? title : "{\"value\":" + title + "}";
    // every other field of the start form valid, so each case is refused for its own reason
    return "{\"title\":"
        + titleValue
        + ",\"description\":{\"value\":"
        + description
        + "}"
        + ",\"category\":{\"value\":\"other\"},\"requestedSupport\":{\"value\":\"국비 지원\"}"
        + ",\"expectedEffect\":{\"value\":\"지역 성장\"},\"contact\":{\"value\":\"051-000-0000\"}}";
  }

  static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
