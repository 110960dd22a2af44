package kr.go.molit.rbd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kr.go.molit.rbd.api.ServiceFilesReadOnce;
import kr.go.molit.rbd.api.SharedRestObjectMapper;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.camunda.bpm.engine.task.Task;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the server promises on any database: webapps up, REST secured, every model and form of the
 * working tree deployed, history time to live everywhere, operator endpoints closed.
 */
abstract class ServerContractChecks {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired ResourceConfig engineRest;
  @Autowired FilterRegistrationBean<ServiceFilesReadOnce> serviceFiles;

  @Test
  void webappsAnswer() {
    for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
      ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/", String.class);
      assertThat(page.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
      assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
          .as(app)
          .contains("frame-ancestors 'none'");
      assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  @Test
  void engineRestRefusesAnonymousCalls() {
    ResponseEntity<String> anonymous =
        http.getForEntity("/engine-rest/process-definition", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // An unknown user, so that Camunda's login throttling does not delay the admin's next call.
    ResponseEntity<String> wrongPassword =
        http.withBasicAuth("nobody", "wrong")
            .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void engineRestAcceptsTheAdministrator() {
    ResponseEntity<String> definitions =
        http.withBasicAuth("demo", "demo")
            .getForEntity(
                "/engine-rest/process-definition?key=regional-petition&maxResults=10",
                String.class);
    assertThat(definitions.getStatusCode()).as(definitions.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(definitions.getBody()).contains("\"key\":\"regional-petition\"");
    assertThat(definitions.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(definitions.getHeaders().getFirst("Content-Security-Policy"))
        .contains("frame-ancestors 'none'");
  }

  @Test
  void bothEngineApisAnswerInCamundasDateFormatThroughOneJsonMapper() {
    TestRestTemplate basic = http.withBasicAuth("demo", "demo");
    WebappSession session = WebappSession.signIn(http, "demo", "demo");
    String restPath = "/engine-rest/deployment?maxResults=1";
    String webappPath = "/camunda/api/engine/engine/default/deployment?maxResults=1";
    List<String> first =
        List.of(
            basic.getForObject(restPath, String.class),
            session.exchange(HttpMethod.GET, webappPath, null, null).getBody());
    int mappers = SharedRestObjectMapper.created();
    assertThat(mappers).as("mappers made for the engine APIs").isPositive();
    for (int i = 0; i < 5; i++) {
      assertThat(basic.getForEntity(restPath, String.class).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      assertThat(session.exchange(HttpMethod.GET, webappPath, null, null).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }
    assertThat(SharedRestObjectMapper.created())
        .as("no mapper made per request")
        .isEqualTo(mappers);
    assertThat(first)
        .allSatisfy(
            body ->
                assertThat(body)
                    .containsPattern(
                        "\"deploymentTime\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4}\""));
  }

  @Test
  void anOfficialSetsDueAndFollowUpDatesOfATaskWithACamundaFormThroughBothEngineApis() {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("울산 외곽순환도로", "road"));
    String path = "/task/" + rest.awaitTask("council.secretary", number, "completeness-check");
    String task = rest.get("council.secretary", path).getBody();
    assertThat(task).contains("\"camundaFormRef\":{\"key\":\"completeness-check\"");

    // Tasklist sends the whole task back with the date changed, its form reference included.
    String withDue = task.replace("\"due\":null", "\"due\":\"2026-12-18T09:00:00.000+0000\"");
    ResponseEntity<String> viaRest =
        http.withBasicAuth("council.secretary", "demo")
            .exchange(
                "/engine-rest" + path,
                HttpMethod.PUT,
                new HttpEntity<>(withDue, jsonHeaders()),
                String.class);
    assertThat(viaRest.getStatusCode()).as(viaRest.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    WebappSession session = WebappSession.signIn(http, "council.secretary", "demo");
    String withFollowUp =
        withDue.replace("\"followUp\":null", "\"followUp\":\"2026-12-11T00:00:00.000+0000\"");
    ResponseEntity<String> viaWebapp =
        session.exchange(
            HttpMethod.PUT,
            "/camunda/api/engine/engine/default" + path,
            withFollowUp,
            MediaType.APPLICATION_JSON);
    assertThat(viaWebapp.getStatusCode()).as(viaWebapp.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(rest.get("council.secretary", path).getBody())
        .contains(
            "\"due\":\"2026-12-18T09:00:00.000+0000\"",
            "\"followUp\":\"2026-12-11T00:00:00.000+0000\"",
            "\"camundaFormRef\":{\"key\":\"completeness-check\"");
  }

  @Test
  void aStepOfAPetitionCannotBeDeletedAndTheAnswerSaysWhyInKorean() {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            "busan.official",
            "regional-petition",
            Petitions.form("부산 북항 재개발", "urban-convergence"));
    String path = "/task/" + rest.awaitTask("council.secretary", number, "completeness-check");
    WebappSession session = WebappSession.signIn(http, "demo", "demo");
    ResponseEntity<String> viaRest =
        http.withBasicAuth("demo", "demo")
            .exchange("/engine-rest" + path, HttpMethod.DELETE, null, String.class);
    ResponseEntity<String> viaWebapp =
        session.exchange(
            HttpMethod.DELETE, "/camunda/api/engine/engine/default" + path, null, null);
    for (ResponseEntity<String> answer : List.of(viaRest, viaWebapp)) {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("삭제할 수 없습니다", "\"type\":\"ProcessEngineException\"");
    }
    assertThat(rest.get("council.secretary", path).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void cockpitListsTheVersionsOfAProcessOrDecisionUnderTheQueryLimit() {
    String versions = "&sortBy=version&sortOrder=desc&withoutTenantId=true";
    WebappSession cockpit = WebappSession.signIn(http, "demo", "demo");
    TestRestTemplate operator = http.withBasicAuth("ops.operator", "demo");
    for (String list :
        List.of(
            "process-definition?key=regional-petition",
            "decision-definition?key=petition-routing")) {
      ResponseEntity<String> viaWebapp =
          cockpit.exchange(
              HttpMethod.GET, "/camunda/api/engine/engine/default/" + list + versions, null, null);
      ResponseEntity<String> viaRest =
          operator.getForEntity("/engine-rest/" + list + versions, String.class);
      for (ResponseEntity<String> answer : List.of(viaWebapp, viaRest)) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).startsWith("[{").contains("\"version\":1");
      }
    }
    // A list of every definition, without a key, is still refused as unbounded.
    ResponseEntity<String> everything =
        operator.getForEntity("/engine-rest/process-definition", String.class);
    assertThat(everything.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(everything.getBody()).contains("unbound");
  }

  @Test
  void browsersGetKoreanErrorPagesAndClientsJson() {
    HttpHeaders browser = new HttpHeaders();
    browser.setAccept(List.of(MediaType.TEXT_HTML));
    ResponseEntity<String> missing =
        http.exchange("/no-such-page", HttpMethod.GET, new HttpEntity<>(browser), String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody()).contains("페이지를 찾을 수 없습니다").doesNotContain("Whitelabel");
    ResponseEntity<String> forbidden =
        http.withBasicAuth("busan.official", "demo")
            .exchange(
                "/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(browser), String.class);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forbidden.getBody()).contains("접근 권한이 없습니다").doesNotContain("Whitelabel");

    HttpHeaders client = new HttpHeaders();
    client.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> json =
        http.exchange("/no-such-page", HttpMethod.GET, new HttpEntity<>(client), String.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.getBody()).contains("\"status\":404");
  }

  @Test
  void anOfficialRefusedByTheEngineIsToldInKorean() {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("광역철도 환승역", "railway"));
    String taskId = rest.awaitTask("council.secretary", number, "completeness-check");
    ResponseEntity<String> claim =
        rest.post(
            "busan.official", "/task/" + taskId + "/claim", Map.of("userId", "busan.official"));
    assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claim.getBody())
        .contains("\"message\":\"이 작업을 할 권한이 없습니다. 필요한 권한(하나 이상): 업무 " + taskId)
        .contains(
            "업무 처리(TASK_WORK)",
            "\"type\":\"AuthorizationException\"",
            "\"userId\":\"busan.official\"",
            "\"missingAuthorizations\":[{");
  }

  @Test
  void engineRestRunsWithoutJerseysBeanValidation() {
    assertThat(engineRest.getProperty(ServerProperties.BV_FEATURE_DISABLE)).isEqualTo(true);
    ResponseEntity<String> badBody =
        http.withBasicAuth("demo", "demo")
            .exchange(
                "/engine-rest/task",
                HttpMethod.POST,
                new HttpEntity<>("{\"maxResults\":", jsonHeaders()),
                String.class);
    assertThat(badBody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void everyModelAndFormOfTheWorkingTreeIsDeployedTogether() throws IOException {
    Deployment latest =
        repository
            .createDeploymentQuery()
            .deploymentName("rbd-workflow")
            .orderByDeploymentTime()
            .desc()
            .list()
            .get(0);
    List<String> deployed =
        repository.getDeploymentResources(latest.getId()).stream()
            .map(Resource::getName)
            .sorted()
            .toList();
    assertThat(deployed).containsExactlyElementsOf(workingTreeModels());
  }

  @Test
  void startFormIsServedFromTheDeployment() {
    ResponseEntity<String> form =
        http.withBasicAuth("demo", "demo")
            .getForEntity(
                "/engine-rest/process-definition/key/regional-petition/deployed-start-form",
                String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("\"id\"").contains("petition-submission");
  }

  @Test
  void everyProcessAndDecisionHasAHistoryTimeToLive() {
    List<ProcessDefinition> processes =
        repository.createProcessDefinitionQuery().latestVersion().list();
    List<DecisionDefinition> decisions =
        repository.createDecisionDefinitionQuery().latestVersion().list();
    assertThat(processes)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isPositive());
    assertThat(decisions)
        .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isPositive());
  }

  @Test
  void healthIsPublicAndIncludesTheDatabase() {
    ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"db\"");
  }

  @Test
  void prometheusCountsTheTasksPastTheirDueDate() {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("기한 경과 지표", "railway"));
    String taskId = rest.awaitTask("council.secretary", number, "completeness-check");
    double before = overdueTasks();
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(Instant.parse("2026-01-05T09:00:00Z")));
    tasks.saveTask(task);
    assertThat(overdueTasks()).isEqualTo(before + 1);
  }

  private double overdueTasks() {
    return operatorsMetrics()
        .lines()
        .filter(line -> line.startsWith("rbd_engine_tasks_overdue"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void prometheusIsForOperatorsOnly() {
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth("no.such.user", "wrong")
                .getForEntity("/actuator/prometheus", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> official =
        http.withBasicAuth("busan.official", "demo")
            .getForEntity("/actuator/prometheus", String.class);
    assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(official.getBody()).doesNotContain("jvm_memory_used_bytes");
    ResponseEntity<String> metrics =
        http.withBasicAuth("demo", "demo").getForEntity("/actuator/prometheus", String.class);
    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody())
        .contains("jvm_memory_used_bytes")
        .contains("rbd_engine_tasks_open")
        .contains("rbd_engine_root_process_instance_start_total");
  }

  @Test
  void requestMetricsNameEachRestCallByItsPath() {
    assertThat(
            http.withBasicAuth("demo", "demo")
                .getForEntity("/engine-rest/process-definition/key/regional-petition", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(tasklistTaskCount().getStatusCode()).isEqualTo(HttpStatus.OK);

    String metrics = operatorsMetrics();
    assertThat(metrics)
        .contains("uri=\"/engine-rest/process-definition/key/{key}\"")
        .contains("uri=\"/camunda/api/engine/engine/{name}/task/count\"");
  }

  @Test
  void bothEngineApisFindTheEngineWithoutReadingTheClassPathAgain() {
    assertThat(
            http.withBasicAuth("demo", "demo")
                .getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(tasklistTaskCount().getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(serviceFiles.getFilter().servicesFilesRead())
        .contains("META-INF/services/" + ProcessEngineProvider.class.getName());
  }

  @Test
  void webappLoginWithoutCsrfTokenIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login =
        http.exchange(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            HttpMethod.POST,
            new HttpEntity<>("username=demo&password=demo", headers),
            String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  static List<String> workingTreeModels() throws IOException {
    try (Stream<Path> processes = Files.walk(Path.of("processes"));
        Stream<Path> forms = Files.walk(Path.of("forms"))) {
      return Stream.concat(processes, forms)
          .filter(p -> p.toString().matches(".*\\.(bpmn|dmn|form)$"))
          .map(p -> p.toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** What Prometheus reads, as an operator (the demo administrator). */
  private String operatorsMetrics() {
    return http.withBasicAuth("demo", "demo")
        .getForEntity("/actuator/prometheus", String.class)
        .getBody();
  }

  /** Tasklist's task count through the webapps' engine API, as the demo administrator. */
  private ResponseEntity<String> tasklistTaskCount() {
    return WebappSession.signIn(http, "demo", "demo")
        .exchange(
            HttpMethod.GET,
            "/camunda/api/engine/engine/default/task/count",
            null,
            MediaType.APPLICATION_JSON);
  }
}
