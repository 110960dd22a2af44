package kr.go.molit.rbd.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import kr.go.molit.rbd.Officials;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * A division opens its Tasklist filter: the page, its variables and the filter's count arrive as
 * Camunda's resource gives them, through Tasklist's API and {@code /engine-rest}, with the count
 * computed beside the page ({@link FilterPage}); errors answer as before.
 */
abstract class FilterPageChecks {

  private static final MediaType HAL = MediaType.parseMediaType("application/hal+json");

  /** The body Tasklist posts when it opens a filter. */
  private static final String TASKLIST_BODY =
      "{\"processVariables\":[],\"taskVariables\":[],"
          + "\"caseInstanceVariables\":[],\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;

  private final ObjectMapper json = new ObjectMapper();
  private final List<String> created = new ArrayList<>();
  private Officials officials;

  /** Three petitions of one category, routed to the same division's review. */
  @BeforeEach
  void petitions() {
    officials = new Officials(engine);
    for (String region : List.of("busan.official", "daegu.official", "ulsan.official")) {
      created.add(
          officials
              .forwardedToDivisions(region, Petitions.form("목록 확인 " + region, "railway"))
              .getId());
    }
  }

  @AfterEach
  void removePetitions() {
    created.forEach(id -> engine.getRuntimeService().deleteProcessInstance(id, "test"));
  }

  @Test
  void aDivisionsPageCarriesItsTasksVariablesAndCountOnBothApis() throws Exception {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    Filter filter = filterOf(official, "우리 기관 업무@" + division);
    TaskQuery extending = tasklistQuery();
    long count =
        officials.as(official, () -> engine.getFilterService().count(filter.getId(), extending));
    List<Task> firstTasks =
        officials.as(
            official, () -> engine.getFilterService().listPage(filter.getId(), extending, 0, 2));
    List<String> firstPage = firstTasks.stream().map(Task::getId).toList();
    assertThat(count).isGreaterThanOrEqualTo(3);

    long besideBefore = FilterPage.countedBeside();
    String list = "/filter/" + filter.getId() + "/list?firstResult=0&maxResults=2";
    WebappSession tasklist = WebappSession.signIn(http, official, "demo");
    List<ResponseEntity<String>> answers =
        List.of(
            tasklist.postJson("/camunda/api/engine/engine/default" + list, TASKLIST_BODY, HAL),
            asUser(official, HttpMethod.POST, "/engine-rest" + list, TASKLIST_BODY, HAL),
            asUser(
                official,
                HttpMethod.POST,
                "/engine-rest/engine/default" + list,
                TASKLIST_BODY,
                HAL),
            asUser(official, HttpMethod.GET, "/engine-rest" + list, null, HAL));
    for (ResponseEntity<String> answer : answers) {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode page = json.readTree(answer.getBody());
      assertThat(page.path("count").asLong()).isEqualTo(count);
      List<JsonNode> tasks =
          StreamSupport.stream(page.path("_embedded").path("task").spliterator(), false).toList();
      assertThat(tasks)
          .extracting(task -> task.path("id").asText())
          .containsExactlyElementsOf(firstPage);
      // The filter's columns: the petition's number, title and region, read as Tasklist shows them.
      assertThat(tasks)
          .allSatisfy(task -> assertThat(task.path("_embedded").path("variable")).isNotEmpty());
    }
    assertThat(FilterPage.countedBeside())
        .as("counts computed beside their page")
        .isEqualTo(besideBefore + 4);

    // Without hal+json the answer stays Camunda's plain list, without a count.
    JsonNode plain =
        json.readTree(
            asUser(
                    official,
                    HttpMethod.POST,
                    "/engine-rest" + list,
                    TASKLIST_BODY,
                    MediaType.APPLICATION_JSON)
                .getBody());
    assertThat(plain.isArray()).isTrue();
    assertThat(
            StreamSupport.stream(plain.spliterator(), false)
                .map(task -> task.path("id").asText())
                .toList())
        .containsExactlyElementsOf(firstPage);
    assertThat(FilterPage.countedBeside()).isEqualTo(besideBefore + 4);
  }

  @Test
  void withEveryCountThreadBusyThePageCountsOnItsOwnThread() throws Exception {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    Filter filter = filterOf(official, "우리 기관 업무@" + division);
    TaskQuery extending = tasklistQuery();
    long count =
        officials.as(official, () -> engine.getFilterService().count(filter.getId(), extending));
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch busy =
        new java.util.concurrent.CountDownLatch(FilterPage.countThreadLimit());
    for (int i = 0; i < FilterPage.countThreadLimit(); i++) {
      FilterPage.countThreads()
          .execute(
              () -> {
                busy.countDown();
                try {
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
    }
    try {
      assertThat(busy.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      long besideBefore = FilterPage.countedBeside();
      long onRequestBefore = FilterPage.countedOnRequestThread();
      ResponseEntity<String> answer =
          asUser(
              official,
              HttpMethod.POST,
              "/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=2",
              TASKLIST_BODY,
              HAL);
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(json.readTree(answer.getBody()).path("count").asLong()).isEqualTo(count);
      assertThat(FilterPage.countedBeside()).isEqualTo(besideBefore);
      assertThat(FilterPage.countedOnRequestThread()).isEqualTo(onRequestBefore + 1);
    } finally {
      release.countDown();
    }
  }

  @Test
  void anUnknownOrForeignFilterAnswersAsCamundasResourceDid() {
    String division = divisionOf(created.get(0));
    String official = memberOf(division);
    Filter own = filterOf(official, "우리 기관 업무@" + division);
    Filter council = filterOf("council.secretary", "우리 기관 업무@council-secretariat");
    WebappSession tasklist = WebappSession.signIn(http, official, "demo");
    WebappSession administrator = WebappSession.signIn(http, "demo", "demo");
    for (String mount : List.of("/camunda/api/engine/engine/default", "/engine-rest")) {
      boolean rest = mount.startsWith("/engine-rest");
      // The engine checks READ on the id before it looks: an official learns nothing of ids.
      String unknown = mount + "/filter/no-such-filter/list?maxResults=15";
      ResponseEntity<String> missing =
          rest
              ? asUser("demo", HttpMethod.POST, unknown, TASKLIST_BODY, HAL)
              : administrator.postJson(unknown, TASKLIST_BODY, HAL);
      assertThat(missing.getStatusCode()).as(missing.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(missing.getBody()).contains("no-such-filter");
      ResponseEntity<String> unseen =
          rest
              ? asUser(official, HttpMethod.POST, unknown, TASKLIST_BODY, HAL)
              : tasklist.postJson(unknown, TASKLIST_BODY, HAL);
      assertThat(unseen.getStatusCode()).as(unseen.getBody()).isEqualTo(HttpStatus.FORBIDDEN);

      String foreign = mount + "/filter/" + council.getId() + "/list?maxResults=15";
      ResponseEntity<String> refused =
          rest
              ? asUser(official, HttpMethod.POST, foreign, TASKLIST_BODY, HAL)
              : tasklist.postJson(foreign, TASKLIST_BODY, HAL);
      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).doesNotContain("_embedded");

      String ownList = mount + "/filter/" + own.getId() + "/list?maxResults=15";
      ResponseEntity<String> badBody =
          rest
              ? asUser(official, HttpMethod.POST, ownList, "{\"sorting\":", HAL)
              : tasklist.postJson(ownList, "{\"sorting\":", HAL);
      assertThat(badBody.getStatusCode()).as(badBody.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    // An engine name that does not exist: Camunda's answer, not a server error.
    ResponseEntity<String> noEngine =
        asUser(
            "demo",
            HttpMethod.POST,
            "/engine-rest/engine/no-such-engine/filter/" + own.getId() + "/list?maxResults=15",
            TASKLIST_BODY,
            HAL);
    assertThat(noEngine.getStatusCode()).as(noEngine.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(noEngine.getBody()).contains("Process engine no-such-engine not available");
    ResponseEntity<String> camundas =
        asUser(
            "demo",
            HttpMethod.GET,
            "/engine-rest/engine/no-such-engine/filter/" + own.getId(),
            null,
            MediaType.APPLICATION_JSON);
    assertThat(camundas.getStatusCode()).isEqualTo(noEngine.getStatusCode());
    assertThat(camundas.getBody()).isEqualTo(noEngine.getBody());
    ResponseEntity<String> anonymous =
        http.exchange(
            "/engine-rest/filter/" + council.getId() + "/list",
            HttpMethod.GET,
            new HttpEntity<>(headers(null, HAL)),
            String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<String> asUser(
      String official, HttpMethod method, String path, String body, MediaType accept) {
    return http.withBasicAuth(official, "demo")
        .exchange(
            path,
            method,
            new HttpEntity<>(
                body, headers(body == null ? null : MediaType.APPLICATION_JSON, accept)),
            String.class);
  }

  private static HttpHeaders headers(MediaType content, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    if (content != null) {
      headers.setContentType(content);
    }
    headers.setAccept(List.of(accept));
    return headers;
  }

  private TaskQuery tasklistQuery() throws Exception {
    TaskQueryDto body = json.readValue(TASKLIST_BODY, TaskQueryDto.class);
    body.setObjectMapper(json);
    return body.toQuery(engine);
  }

  private Filter filterOf(String official, String rbdKey) {
    return officials
        .as(official, () -> engine.getFilterService().createTaskFilterQuery().listPage(0, 2000))
        .stream()
        .filter(f -> rbdKey.equals(f.getProperties().get("rbdKey")))
        .findFirst()
        .orElseThrow();
  }

  private String divisionOf(String petitionId) {
    Task review =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(petitionId)
            .taskDefinitionKey("division-review")
            .list()
            .get(0);
    return engine.getTaskService().getIdentityLinksForTask(review.getId()).stream()
        .filter(link -> link.getGroupId() != null)
        .findFirst()
        .orElseThrow()
        .getGroupId();
  }

  private String memberOf(String group) {
    return engine.getIdentityService().createUserQuery().memberOfGroup(group).list().get(0).getId();
  }
}
