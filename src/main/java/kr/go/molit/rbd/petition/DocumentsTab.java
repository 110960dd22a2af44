package kr.go.molit.rbd.petition;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.go.molit.rbd.security.ActingUser;
import kr.go.molit.rbd.security.WebappPages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What Tasklist's 첨부 문서 tab reads and sends (scripts/documents-tab.js), for the official signed in
 * to the webapps: the documents of the petition a task belongs to, with the form token when they
 * may attach, and the attaching itself, answered in JSON instead of the petition page's redirect.
 * The rules are the page's ({@link PetitionDocuments}); only the answers differ.
 */
@RestController
class DocumentsTab {

  static final String OF_TASK = PetitionLinks.PATH + "/documents";

  static final String TASK_NOT_FOUND = "업무를 찾을 수 없거나 열람 권한이 없습니다.";

  static final String NOT_A_PETITION_TASK =
      "이 업무는 한 건의에 딸린 업무가 아니어서 첨부 문서가 없습니다. 건의별 문서는 건의 현황에서 볼 수 있습니다.";

  private final ProcessEngine engine;
  private final PetitionRecords records;
  private final PetitionDocuments documents;

  DocumentsTab(ProcessEngine engine, PetitionRecords records, PetitionDocuments documents) {
    this.engine = engine;
    this.records = records;
    this.documents = documents;
  }

  /**
   * The documents of the petition this task belongs to, if the official may see the task and the
   * petition: 404 with a message saying which is missing, or that the task is no petition's (the
   * forum's session).
   */
  @GetMapping(path = OF_TASK, params = "task", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> ofTask(
      @RequestParam String task, HttpServletRequest request, HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return signIn();
    }
    return ActingUser.as(
        engine,
        user,
        () -> {
          Optional<String> number = petitionOf(task);
          if (number.isEmpty()) {
            return json(HttpStatus.NOT_FOUND).body(message("task", TASK_NOT_FOUND));
          }
          if (number.get().isEmpty()) {
            return json(HttpStatus.NOT_FOUND).body(message("task", NOT_A_PETITION_TASK));
          }
          return records
              .record(number.get())
              .map(record -> json(HttpStatus.OK).body(answer(record, request)))
              .orElseGet(
                  () ->
                      json(HttpStatus.NOT_FOUND)
                          .body(message("task", PetitionDocuments.NOT_FOUND)));
        });
  }

  /**
   * Attaches the tab's form to the petition of the task, as the page's form does: 201 with the
   * document as the tab lists it, or the refusal's status with {@code field} and {@code message};
   * nothing is kept on a refusal. Addressed by task, as the tab knows it, so that the page's own
   * form keeps its address and its answers.
   */
  @PostMapping(
      path = OF_TASK,
      params = "task",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> attach(
      @RequestParam String task,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return signIn();
    }
    Optional<String> number = ActingUser.as(engine, user, () -> petitionOf(task));
    if (number.isEmpty() || number.get().isEmpty()) {
      return json(HttpStatus.NOT_FOUND)
          .body(message("task", number.isEmpty() ? TASK_NOT_FOUND : NOT_A_PETITION_TASK));
    }
    PetitionDocuments.Document attached;
    try {
      attached =
          PetitionDocumentPages.attachSent(
              engine, documents, user, number.get(), request, file, description, token);
    } catch (DocumentUpload.Refused e) {
      return json(HttpStatus.valueOf(e.status())).body(message(e.field(), e.getMessage()));
    }
    Map<String, Object> row = row(request, number.get(), attached);
    return ResponseEntity.created(URI.create((String) row.get("href")))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .contentType(MediaType.APPLICATION_JSON)
        .body(row);
  }

  /**
   * The petition number of a task, if the signed-in official may see the task (empty when they may
   * not), and it is a petition's (an empty number when it is not: the forum's session, a task
   * outside any process).
   */
  private Optional<String> petitionOf(String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Optional.empty();
    }
    Object number =
        task.getProcessInstanceId() == null
            ? null
            : engine.getTaskService().getVariable(task.getId(), PetitionVariables.PETITION_NUMBER);
    return Optional.of(number instanceof String text ? text : "");
  }

  private Map<String, Object> answer(PetitionRecords.Record record, HttpServletRequest request) {
    String number = record.view().number();
    boolean mayAttach = documents.mayAttach(record.view(), record.processInstanceId());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("number", number);
    answer.put("title", record.view().title());
    answer.put("href", request.getContextPath() + PetitionLinks.record(number));
    answer.put("open", record.view().open());
    answer.put("mayAttach", mayAttach);
    if (mayAttach) {
      answer.put("token", WebappPages.formToken(request));
      answer.put("accept", DocumentUpload.accepted());
      answer.put("limits", DocumentUpload.limits(documents.mostBytes()));
      answer.put("mostBytes", documents.mostBytes());
      answer.put("most", DocumentUpload.megabytes(documents.mostBytes()));
    }
    List<Map<String, Object>> rows =
        record.documents().stream().map(d -> row(request, number, d)).toList();
    answer.put("documents", rows);
    return answer;
  }

  /** A document as the tab lists it: sizes and times as the petition's page writes them. */
  private static Map<String, Object> row(
      HttpServletRequest request, String number, PetitionDocuments.Document document) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", document.id());
    row.put("name", document.name());
    row.put("description", document.description());
    row.put("size", document.size() == null ? "" : DocumentUpload.size(document.size()));
    row.put("attachedBy", document.attachedBy());
    row.put("attachedAt", PetitionHtml.when(document.attachedAt()));
    row.put(
        "href",
        request.getContextPath()
            + PetitionLinks.record(number)
            + "/documents/"
            + PetitionLinks.segment(document.id()));
    return row;
  }

  private static ResponseEntity<Map<String, Object>> signIn() {
    return json(HttpStatus.UNAUTHORIZED).body(message(null, "로그인이 끝났습니다. 다시 로그인해 주십시오."));
  }

  private static ResponseEntity.BodyBuilder json(HttpStatus status) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  private static Map<String, Object> message(String field, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("field", field);
    body.put("message", message);
    return body;
  }
}
