package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kr.go.molit.rbd.support.DocumentForms;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist's 첨부 문서 tab: an official working on a petition's task reads its documents and attaches
 * one without leaving Tasklist, under the petition page's rules, answered in JSON.
 */
abstract class DocumentsTabChecks {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @Test
  void theCouncilReadsAndAttachesTheDocumentsOfThePetitionItsTaskBelongsTo() {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            "gwangju.official", "regional-petition", Petitions.form("광주 탭 첨부 확인", "road"));
    String task = rest.awaitTask("council.secretary", number, "completeness-check");
    WebappSession council = WebappSession.signIn(http, "council.secretary", "demo");

    JsonNode tab = tab(council, task, HttpStatus.OK);
    assertThat(tab.path("number").asText()).isEqualTo(number);
    assertThat(tab.path("title").asText()).isEqualTo("광주 탭 첨부 확인");
    assertThat(tab.path("href").asText()).isEqualTo("/petitions/" + number);
    assertThat(tab.path("open").asBoolean()).isTrue();
    assertThat(tab.path("mayAttach").asBoolean()).as("the council is on the open step").isTrue();
    assertThat(tab.path("limits").asText()).contains("pdf, hwp", "10MB까지", "30개까지");
    assertThat(tab.path("most").asText()).isEqualTo("10MB");
    assertThat(tab.path("documents")).isEmpty();
    String token = tab.path("token").asText();
    assertThat(token).isNotBlank();

    String path = "/petitions/" + number + "/documents";
    String tabPath = "/petitions/documents?task=" + task;
    ResponseEntity<String> attached =
        council.postMultipart(
            tabPath,
            DocumentForms.document(
                token, "접수 검토 메모.hwp", "메모".getBytes(StandardCharsets.UTF_8), "보완 필요 사항"),
            MediaType.APPLICATION_JSON);
    assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(attached.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
        .isTrue();
    JsonNode row = EngineRest.read(attached.getBody());
    assertThat(row.path("name").asText()).isEqualTo("접수 검토 메모.hwp");
    assertThat(row.path("description").asText()).isEqualTo("보완 필요 사항");
    assertThat(row.path("size").asText()).isEqualTo("1KB");
    assertThat(row.path("attachedBy").asText()).isEqualTo("정지원 국토정책과 균형발전지원팀 주무관");
    assertThat(row.path("attachedAt").asText())
        .matches("\\d{4}\\. \\d{2}\\. \\d{2}\\. \\d{2}:\\d{2}");
    assertThat(attached.getHeaders().getLocation()).hasToString(row.path("href").asText());
    assertThat(row.path("href").asText()).startsWith(path + "/");

    JsonNode listed = tab(council, task, HttpStatus.OK).path("documents");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("href").asText()).isEqualTo(row.path("href").asText());
    ResponseEntity<byte[]> download = council.download(row.path("href").asText());
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo("메모");

    WebappSession gwangju = WebappSession.signIn(http, "gwangju.official", "demo");
    assertThat(get(gwangju, "/petitions/" + number))
        .as("the region reads on its page what the council attached from its task")
        .contains("접수 검토 메모.hwp");
  }

  @Test
  void whatTheTabMayNotDoIsRefusedInJsonAndNothingIsStored() {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.submitStartForm(
            "daejeon.official", "regional-petition", Petitions.form("대전 탭 거절 확인", "road"));
    String instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(number)
            .singleResult()
            .getId();
    String task = rest.awaitTask("council.secretary", number, "completeness-check");
    WebappSession council = WebappSession.signIn(http, "council.secretary", "demo");
    String token = tab(council, task, HttpStatus.OK).path("token").asText();
    String tabPath = "/petitions/documents?task=" + task;

    JsonNode forged =
        refused(
            council.postMultipart(
                tabPath,
                DocumentForms.document("forged", "a.pdf", new byte[] {1}, null),
                MediaType.APPLICATION_JSON),
            HttpStatus.FORBIDDEN);
    assertThat(forged.path("field").asText()).isEqualTo("token");
    assertThat(forged.path("message").asText()).contains("다시 열어 첨부해 주십시오");
    JsonNode kind =
        refused(
            council.postMultipart(
                tabPath,
                DocumentForms.document(token, "run.exe", new byte[] {1}, null),
                MediaType.APPLICATION_JSON),
            HttpStatus.BAD_REQUEST);
    assertThat(kind.path("field").asText()).isEqualTo("file");
    assertThat(kind.path("message").asText()).startsWith("file: 첨부할 수 있는 파일 형식은");
    assertThat(tasks.getProcessInstanceAttachments(instance)).isEmpty();

    JsonNode notTheirs =
        refused(
            WebappSession.signIn(http, "busan.official", "demo")
                .postMultipart(
                    tabPath,
                    DocumentForms.document(token, "a.pdf", new byte[] {1}, null),
                    MediaType.APPLICATION_JSON),
            HttpStatus.NOT_FOUND);
    assertThat(notTheirs.path("message").asText()).isEqualTo(DocumentsTab.TASK_NOT_FOUND);
    assertThat(tasks.getProcessInstanceAttachments(instance)).isEmpty();

    assertThat(
            tab(WebappSession.signIn(http, "busan.official", "demo"), task, HttpStatus.NOT_FOUND)
                .path("message")
                .asText())
        .as("another region neither sees the task nor learns of its petition")
        .isEqualTo(DocumentsTab.TASK_NOT_FOUND);
    assertThat(
            http.exchange("/petitions/documents?task=" + task, HttpMethod.GET, null, String.class)
                .getStatusCode())
        .as("not signed in")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aTaskOfTheForumsSessionHasNoPetitionDocuments() {
    EngineRest rest = new EngineRest(http);
    String session =
        rest.submitStartForm(
            "forum.secretary",
            "forum-session",
            Map.of(
                "sessionTitle", "탭 확인 포럼",
                "sessionDate", "2026-12-18",
                "venue", "세종",
                "theme", "시험"));
    String task = rest.awaitTask("forum.secretary", session, "curate-agenda");
    assertThat(
            tab(WebappSession.signIn(http, "forum.secretary", "demo"), task, HttpStatus.NOT_FOUND)
                .path("message")
                .asText())
        .isEqualTo(DocumentsTab.NOT_A_PETITION_TASK);
  }

  private static JsonNode tab(WebappSession session, String task, HttpStatus expected) {
    ResponseEntity<String> answer =
        session.exchange(HttpMethod.GET, "/petitions/documents?task=" + task, null, null);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(expected);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    return EngineRest.read(answer.getBody());
  }

  private static JsonNode refused(ResponseEntity<String> answer, HttpStatus expected) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(expected);
    return EngineRest.read(answer.getBody());
  }

  private static String get(WebappSession session, String path) {
    ResponseEntity<String> page = session.exchange(HttpMethod.GET, path, null, null);
    EngineRest.ok(page);
    return page.getBody();
  }
}
