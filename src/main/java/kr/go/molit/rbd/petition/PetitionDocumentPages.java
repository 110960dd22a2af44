package kr.go.molit.rbd.petition;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kr.go.molit.rbd.security.ActingUser;
import kr.go.molit.rbd.security.WebappPages;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 첨부 문서 on a petition's page in 건의 현황: an official attaches a document with the page's form (sent
 * back to the petition's page, or refused with a page that says why), and whoever may see the
 * petition downloads its documents, always as a file to save, never shown in the browser.
 */
@Controller
@RequestMapping(PetitionLinks.PATH + "/{number}/documents")
class PetitionDocumentPages {

  private final ProcessEngine engine;
  private final PetitionDocuments documents;

  PetitionDocumentPages(ProcessEngine engine, PetitionDocuments documents) {
    this.engine = engine;
    this.documents = documents;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<String> attach(
      @PathVariable String number,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String token,
      HttpServletRequest request,
      HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    try {
      attachSent(engine, documents, user, number, request, file, description, token);
    } catch (DocumentUpload.Refused e) {
      return refused(request, number, e);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(
            URI.create(request.getContextPath() + PetitionLinks.record(number) + "#documents"))
        .build();
  }

  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(
      @PathVariable String number,
      @PathVariable String id,
      HttpServletRequest request,
      HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    Optional<PetitionDocuments.Content> found =
        ActingUser.as(engine, user, () -> documents.download(number, id));
    if (found.isEmpty()) {
      return WebappPages.html(HttpStatus.NOT_FOUND)
          .body(
              page(request, number, "첨부 문서를 찾을 수 없거나 열람 권한이 없습니다.")
                  .getBytes(StandardCharsets.UTF_8));
    }
    return found.get().download(response);
  }

  /**
   * Attaches what a page's form sent ({@code file}, {@code description}, and the session's form
   * {@code token}, checked once the official may attach, before anything sent is read) as the
   * signed-in official; refused as {@link PetitionDocuments#attach} refuses. The petition's page
   * and Tasklist's 첨부 문서 tab ({@link DocumentsTab}) send the same form.
   */
  static PetitionDocuments.Document attachSent(
      ProcessEngine engine,
      PetitionDocuments documents,
      String user,
      String number,
      HttpServletRequest request,
      MultipartFile file,
      String description,
      String token) {
    return ActingUser.as(
        engine,
        user,
        () ->
            documents.attach(
                number,
                () -> {
                  if (!WebappPages.formTokenMatches(request, token)) {
                    throw new DocumentUpload.Refused(
                        403, "token", "이 양식은 더 이상 쓸 수 없습니다. 화면을 다시 열어 첨부해 주십시오.");
                  }
                  return DocumentUpload.of(file, description, documents.mostBytes());
                }));
  }

  private static ResponseEntity<String> refused(
      HttpServletRequest request, String number, DocumentUpload.Refused e) {
    return WebappPages.html(HttpStatus.valueOf(e.status()))
        .body(page(request, number, e.getMessage()));
  }

  private static String page(HttpServletRequest request, String number, String message) {
    return PetitionHtml.notice(
        "첨부 문서",
        message,
        PetitionLinks.record(number) + "#documents",
        "건의로 돌아가기",
        request.getContextPath());
  }
}
