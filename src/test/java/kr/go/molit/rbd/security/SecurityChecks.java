package kr.go.molit.rbd.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.script.ScriptEngineManager;
import kr.go.molit.rbd.support.DocumentForms;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/** Holes 1 to 4 of the security issue, each shown closed on a running server (SECURITY.md). */
abstract class SecurityChecks {

  static final String OR_EXPRESSION =
      "{\"orQueries\":[{\"assigneeExpression\":\"" + ExpressionCanary.EXPRESSION + "\"}]}";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired ExpressionCanary canary;
  @LocalServerPort int port;

  private String filterId;

  @BeforeEach
  void createFilter() {
    Filter filter = filters.newTaskFilter("보안 점검용").setQuery(tasks.createTaskQuery());
    filterId = filters.saveFilter(filter).getId();
  }

  @AfterEach
  void deleteFilter() {
    filters.deleteFilter(filterId);
  }

  // 1. Expression injection through orQueries

  @Test
  void orQueryExpressionNeverRunsThroughEngineRest() {
    int before = canary.calls();
    // maxResults, or the engine refuses the list for its unbounded size before the expression.
    for (String path :
        List.of(
            "/engine-rest/task?maxResults=10",
            "/engine-rest/task/count",
            "/engine-rest/filter/" + filterId + "/list?maxResults=10",
            "/engine-rest/filter/" + filterId + "/count")) {
      ResponseEntity<String> answer =
          asDemo().exchange(path, HttpMethod.POST, json(OR_EXPRESSION), String.class);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(path).contains(OrQueryExpressionGuard.ERROR_CODE);
    }
    assertThat(canary.calls()).isEqualTo(before);
  }

  @Test
  void orQueryExpressionCannotBeStoredInAFilter() {
    int before = canary.calls();
    String filter =
        "{\"resourceType\":\"Task\",\"name\":\"canary\",\"query\":" + OR_EXPRESSION + "}";
    ResponseEntity<String> answer =
        asDemo()
            .exchange("/engine-rest/filter/create", HttpMethod.POST, json(filter), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(filters.createFilterQuery().filterName("canary").count()).isZero();
    assertThat(canary.calls()).isEqualTo(before);
  }

  @Test
  void orQueryExpressionNeverRunsThroughTheWebapps() {
    int before = canary.calls();
    WebappSession session = WebappSession.signIn(http, "demo", "demo");
    for (String path :
        List.of(
            "/camunda/api/engine/engine/default/task?maxResults=10",
            "/camunda/api/engine/engine/default/task/count",
            "/camunda/api/engine/engine/default/filter/" + filterId + "/list?maxResults=10")) {
      ResponseEntity<String> answer = session.postJson(path, OR_EXPRESSION);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).as(path).contains(OrQueryExpressionGuard.ERROR_CODE);
    }
    assertThat(canary.calls()).isEqualTo(before);
  }

  @Test
  void orQueryExpressionNeverRunsThroughTheJavaApi() {
    int before = canary.calls();
    assertThatThrownBy(
            () ->
                tasks
                    .createTaskQuery()
                    .or()
                    .taskAssigneeExpression(ExpressionCanary.EXPRESSION)
                    .endOr()
                    .list())
        .isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(
            () ->
                filters.list(
                    filterId,
                    tasks
                        .createTaskQuery()
                        .or()
                        .taskAssigneeExpression(ExpressionCanary.EXPRESSION)
                        .endOr()))
        .isInstanceOf(BadUserRequestException.class);
    assertThat(canary.calls()).isEqualTo(before);
  }

  @Test
  void plainOrQueriesStillWork() {
    String plain =
        "{\"orQueries\":[{\"assignee\":\"demo\"},{\"candidateGroup\":\"camunda-admin\"}]}";
    ResponseEntity<String> answer =
        asDemo()
            .exchange(
                "/engine-rest/task?maxResults=10", HttpMethod.POST, json(plain), String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
  }

  // 2. Anonymous engine access

  @Test
  void everyEngineEndpointRefusesAnonymousCallsOnBothMounts() {
    for (String path :
        List.of(
            "/engine-rest/engine",
            "/engine-rest/task",
            "/engine-rest/engine/default/task",
            "/camunda/api/engine/engine/default/task",
            "/camunda/api/engine/engine/default/identity/password-policy")) {
      assertThat(http.getForEntity(path, String.class).getStatusCode())
          .as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void theWebappsEngineListIsTheOnlyAnonymousAnswerAndNamesEnginesOnly() {
    ResponseEntity<String> list = http.getForEntity("/camunda/api/engine/engine/", String.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).contains("\"name\":\"default\"").hasSizeLessThan(40);
  }

  @Test
  void theEngineListAnswersSignedInCallers() {
    assertThat(asDemo().getForEntity("/engine-rest/engine", String.class).getBody())
        .contains("\"name\":\"default\"");
  }

  static final String MEMBER_PASSWORD = "Sign-In-Cache-2026!";

  /**
   * cache.test, member of cache-test-group, which may read this test's filter; the user may open
   * Tasklist. Runs the check, then removes all of it.
   */
  private void asMemberWithTheFilter(Runnable check) {
    User user = identity.newUser("cache.test");
    user.setPassword(MEMBER_PASSWORD);
    identity.saveUser(user);
    identity.saveGroup(identity.newGroup("cache-test-group"));
    identity.createMembership("cache.test", "cache-test-group");
    List<String> grants =
        List.of(
            grant(
                a -> a.setGroupId("cache-test-group"),
                Resources.FILTER,
                filterId,
                Permissions.READ),
            grant(
                a -> a.setUserId("cache.test"),
                Resources.APPLICATION,
                "tasklist",
                Permissions.ACCESS));
    try {
      check.run();
    } finally {
      grants.forEach(authorizations::deleteAuthorization);
      identity.deleteUser("cache.test");
      identity.deleteGroup("cache-test-group");
    }
  }

  private String grant(
      java.util.function.Consumer<Authorization> to,
      Resources resource,
      String id,
      Permissions permission) {
    Authorization authorization =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    to.accept(authorization);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    authorization.addPermission(permission);
    return authorizations.saveAuthorization(authorization).getId();
  }

  @Test
  void aMembershipRemovedCountsFromTheNextRestCallThoughSignInsAreKept() {
    asMemberWithTheFilter(
        () -> {
          TestRestTemplate asMember = http.withBasicAuth("cache.test", MEMBER_PASSWORD);
          String path = "/engine-rest/filter/" + filterId;
          assertThat(asMember.getForEntity(path, String.class).getStatusCode())
              .isEqualTo(HttpStatus.OK);
          assertThat(asMember.getForEntity(path, String.class).getStatusCode())
              .isEqualTo(HttpStatus.OK);

          identity.deleteMembership("cache.test", "cache-test-group");
          assertThat(asMember.getForEntity(path, String.class).getStatusCode())
              .isEqualTo(HttpStatus.FORBIDDEN);
        });
  }

  @Test
  void aMembershipRemovedCountsFromTheNextTasklistRequestNotFiveMinutesLater() {
    asMemberWithTheFilter(
        () -> {
          WebappSession tasklist = WebappSession.signIn(http, "cache.test", MEMBER_PASSWORD);
          String path = "/camunda/api/engine/engine/default/filter/" + filterId;
          assertThat(tasklist.exchange(HttpMethod.GET, path, null, null).getStatusCode())
              .isEqualTo(HttpStatus.OK);
          assertThat(tasklist.exchange(HttpMethod.GET, path, null, null).getStatusCode())
              .isEqualTo(HttpStatus.OK);

          identity.deleteMembership("cache.test", "cache-test-group");
          assertThat(tasklist.exchange(HttpMethod.GET, path, null, null).getStatusCode())
              .isEqualTo(HttpStatus.FORBIDDEN);
        });
  }

  @Test
  void aDeletedUserIsSignedOutOfTasklistAtTheNextRequest() {
    asMemberWithTheFilter(
        () -> {
          WebappSession tasklist = WebappSession.signIn(http, "cache.test", MEMBER_PASSWORD);
          String path = "/camunda/api/engine/engine/default/filter/" + filterId;
          assertThat(tasklist.exchange(HttpMethod.GET, path, null, null).getStatusCode())
              .isEqualTo(HttpStatus.OK);

          identity.deleteUser("cache.test");
          assertThat(tasklist.exchange(HttpMethod.GET, path, null, null).getStatusCode())
              .isEqualTo(HttpStatus.UNAUTHORIZED);
        });
  }

  // 3. Engine settings

  @Test
  void engineRunsHardened() {
    ProcessEngineConfigurationImpl config =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.isAuthorizationEnabled()).isTrue();
    assertThat(config.isEnableHistoricInstancePermissions()).isTrue();
    assertThat(config.isEnforceSpecificVariablePermission()).isTrue();
    assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(config.isEnableExpressionsInStoredQueries()).isFalse();
    assertThat(config.getQueryMaxResultsLimit()).isEqualTo(2000);
    assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(config.isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(config.isEnableXxeProcessing()).isFalse();
    assertThat(config.isConfigureScriptEngineHostAccess()).isFalse();
    assertThat(config.isEnableScriptEngineLoadExternalResources()).isFalse();
    assertThat(config.isEnableScriptEngineNashornCompatibility()).isFalse();
    assertThat(config.getLoginMaxAttempts()).isEqualTo(10);
    assertThat(config.isWebappsAuthenticationLoggingEnabled()).isTrue();
  }

  @Test
  void noScriptEngineIsOnTheClasspath() {
    // FEEL (DMN) and JUEL are expression languages without host access; nothing runs scripts.
    assertThat(new ScriptEngineManager().getEngineFactories())
        .extracting(factory -> factory.getClass().getName())
        .allSatisfy(name -> assertThat(name).matches("org\\.camunda\\..*(Feel|Juel).*"));
  }

  // 4. Web

  @Test
  void stateChangingWebappRequestsNeedTheCsrfToken() {
    WebappSession session = WebappSession.signIn(http, "demo", "demo");
    assertThat(
            session
                .postJson("/camunda/api/engine/engine/default/task?maxResults=10", "{}")
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> answer =
        session.postJsonWithoutCsrfToken("/camunda/api/engine/engine/default/task", "{}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void responsesCarryHstsEverywhere() {
    assertThat(
            http.getForEntity("/camunda/app/tasklist/", String.class)
                .getHeaders()
                .getFirst("Strict-Transport-Security"))
        .startsWith("max-age=");
    assertThat(
            http.getForEntity("/engine-rest/task", String.class)
                .getHeaders()
                .getFirst("Strict-Transport-Security"))
        .startsWith("max-age=");
  }

  @Test
  void cookiesAreHttpOnlyAndSameSiteStrict() {
    HttpHeaders headers = http.getForEntity("/camunda/app/tasklist/", String.class).getHeaders();
    assertThat(headers.get(HttpHeaders.SET_COOKIE))
        .isNotEmpty()
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Strict"));
    assertThat(headers.get(HttpHeaders.SET_COOKIE))
        .filteredOn(c -> c.startsWith("JSESSIONID"))
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly"));
  }

  @Test
  void errorResponsesCarryNoStackTrace() {
    ResponseEntity<String> missing =
        asDemo().getForEntity("/engine-rest/task/no-such-task", String.class);
    ResponseEntity<String> malformed =
        asDemo()
            .exchange(
                "/engine-rest/task", HttpMethod.POST, json("{\"orQueries\": [ {"), String.class);
    ResponseEntity<String> spring = http.getForEntity("/no-such-page", String.class);
    for (ResponseEntity<String> answer : List.of(missing, malformed, spring)) {
      assertThat(answer.getStatusCode().is4xxClientError()).as(answer.toString()).isTrue();
      assertThat(String.valueOf(answer.getBody()))
          .doesNotContain("\tat ", "\"trace\"", "Exception:");
    }
  }

  @Test
  void oversizedUploadIsRefusedBeforeItIsRead() throws IOException {
    // Declares a gigabyte and sends a few bytes: a 413 proves nothing waited for (or held) the
    // rest.
    String answer =
        rawRequest(
            """
        POST /engine-rest/deployment/create HTTP/1.1\r
        Host: localhost\r
        Authorization: Basic ZGVtbzpkZW1v\r
        Content-Type: multipart/form-data; boundary=x\r
        Content-Length: 1073741824\r
        \r
        --x\r
        """);
    assertThat(answer).startsWith("HTTP/1.1 413").contains("REQUEST_TOO_LARGE");
  }

  @Test
  void anOversizedFileFromAPageFormIsReadAndAnsweredWithAPage() {
    // 13MB from a browser form to a petition's page: read to its end (a browser still sending
    // when the connection closes shows a network error, not the answer) and told why, in a page
    WebappSession busan = WebappSession.signIn(http, "busan.official", "demo");
    MultiValueMap<String, Object> form =
        DocumentForms.document("none", "스캔.pdf", new byte[13 * 1024 * 1024], null);
    ResponseEntity<String> page =
        busan.postMultipart("/petitions/RP-2026-99999/documents", form, MediaType.TEXT_HTML);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody())
        .contains("<h1>보낸 파일이 너무 큽니다</h1>", "보낸 크기는 약 13MB입니다. 한 번에 12MB까지 받습니다.")
        .contains("<a href=\"/petitions/RP-2026-99999/documents\">돌아가기</a>");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).doesNotContain("script-src");

    ResponseEntity<String> api =
        busan.postMultipart("/api/petitions/RP-2026-99999/documents", form, MediaType.TEXT_HTML);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(api.getBody()).as("an API answers as before").contains("REQUEST_TOO_LARGE", "12MB");
  }

  @Test
  void oversizedJsonIsRefused() {
    String big = "{\"name\":\"" + "가".repeat(1_000_000) + "\"}";
    ResponseEntity<String> answer =
        asDemo().exchange("/engine-rest/task", HttpMethod.POST, json(big), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(answer.getBody()).contains("요청이 너무 큽니다");
  }

  @Test
  void chunkedBodyIsReadUpToTheLimit() throws IOException {
    String answer =
        rawRequest(
            """
        POST /engine-rest/task/count HTTP/1.1\r
        Host: localhost\r
        Authorization: Basic ZGVtbzpkZW1v\r
        Content-Type: application/json\r
        Transfer-Encoding: chunked\r
        Connection: close\r
        \r
        2\r
        {}\r
        0\r
        \r
        """);
    assertThat(answer).startsWith("HTTP/1.1 200").contains("\"count\"");
  }

  @Test
  void chunkedBodyOverTheLimitIsRefused() throws IOException {
    int size = 2 * 1024 * 1024 + 16;
    String chunk = "{" + " ".repeat(size - 2) + "}";
    String answer =
        rawRequest(
            "POST /engine-rest/task/count HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic ZGVtbzpkZW1v\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(size)
                + "\r\n"
                + chunk
                + "\r\n0\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 413");
  }

  @Test
  void chunkedMultipartForOurOwnHandlersIsRefusedAsLengthRequired() throws IOException {
    String part =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nx\r\n--b--\r\n";
    String answer =
        rawRequest(
            "POST /api/petitions/RP-2026-99999/documents HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic ZGVtbzpkZW1v\r\n"
                + "Content-Type: multipart/form-data; boundary=b\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(part.length())
                + "\r\n"
                + part
                + "\r\n0\r\n\r\n");
    assertThat(answer)
        .as("Spring would find no file in it: Tomcat reads parts from the drained connection")
        .startsWith("HTTP/1.1 411")
        .contains("LENGTH_REQUIRED", "Content-Length를 붙여 주십시오");
  }

  @Test
  void filesAreNotAttachedToTasksThroughEitherEngineApi() {
    String number =
        new EngineRest(http)
            .submitStartForm(
                "jeonnam.official", "regional-petition", Petitions.form("전남 업무 첨부 거절", "road"));
    String task = new EngineRest(http).awaitTask("council.secretary", number, "completeness-check");
    MultiValueMap<String, Object> file =
        DocumentForms.document("보고서.pdf", new byte[] {1, 2, 3}, "업무에 직접");
    file.add("attachment-name", "보고서.pdf");

    ResponseEntity<String> rest =
        http.withBasicAuth("council.secretary", "demo")
            .exchange(
                "/engine-rest/task/" + task + "/attachment/create",
                HttpMethod.POST,
                DocumentForms.encoded(file, new HttpHeaders()),
                String.class);
    assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getBody()).contains("AuthorizationException", "문서는 건의에 첨부해 주십시오");
    ResponseEntity<String> webapps =
        WebappSession.signIn(http, "council.secretary", "demo")
            .postMultipartToEngineApi(
                "/camunda/api/engine/engine/default/task/" + task + "/attachment/create", file);
    assertThat(webapps.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(webapps.getBody()).contains("문서는 건의에 첨부해 주십시오");
    assertThat(tasks.getTaskAttachments(task)).isEmpty();
    assertThat(
            http.withBasicAuth("council.secretary", "demo")
                .getForEntity("/engine-rest/task/" + task + "/attachment", String.class)
                .getBody())
        .as("reading a task's attachments stays open to who may read the task")
        .isEqualTo("[]");
  }

  private String rawRequest(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // Read the answer, not to the end: the server may keep listening for the undeclared rest.
      InputStream in = socket.getInputStream();
      StringBuilder answer = new StringBuilder();
      byte[] buffer = new byte[1024];
      int read;
      while (!answer.toString().contains("\"}") && (read = in.read(buffer)) > 0) {
        answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      }
      return answer.toString();
    }
  }

  TestRestTemplate asDemo() {
    return http.withBasicAuth("demo", "demo");
  }

  static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
