package kr.go.molit.rbd.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.directory.Regions;
import kr.go.molit.rbd.petition.DocumentUpload;
import kr.go.molit.rbd.petition.PetitionDocuments;
import kr.go.molit.rbd.petition.PetitionFilter;
import kr.go.molit.rbd.petition.PetitionIntake;
import kr.go.molit.rbd.petition.PetitionLinks;
import kr.go.molit.rbd.petition.PetitionOutcomes;
import kr.go.molit.rbd.petition.PetitionRecords;
import kr.go.molit.rbd.petition.PetitionStatus;
import kr.go.molit.rbd.petition.PetitionSummary;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The petition API for regional systems: submit a petition (retry-safe with {@code
 * Idempotency-Key}) and follow it. Callers sign in with HTTP Basic; the engine checks their rights.
 */
@RestController
@RequestMapping(path = "/api/petitions", produces = MediaType.APPLICATION_JSON_VALUE)
class PetitionsController {

  private final PetitionIntake intake;
  private final PetitionStatus status;
  private final PetitionRecords records;
  private final PetitionDocuments documents;
  private final PetitionSummary summary;
  private final PetitionOutcomes outcomes;
  private final IdempotentSubmissions submissions;
  private final IdentityService identity;
  private final Regions regions;
  private final ObjectMapper json;

  PetitionsController(
      PetitionIntake intake,
      PetitionStatus status,
      PetitionRecords records,
      PetitionDocuments documents,
      PetitionSummary summary,
      PetitionOutcomes outcomes,
      IdempotentSubmissions submissions,
      IdentityService identity,
      Regions regions,
      ObjectMapper json) {
    this.intake = intake;
    this.status = status;
    this.records = records;
    this.documents = documents;
    this.summary = summary;
    this.outcomes = outcomes;
    this.submissions = submissions;
    this.identity = identity;
    this.regions = regions;
    this.json = json;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PetitionStatus.View> submit(
      @RequestBody PetitionSubmission submission,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey)
      throws JsonProcessingException {
    String user = identity.getCurrentAuthentication().getUserId();
    IdempotentSubmissions.Outcome outcome =
        submissions.submit(
            user,
            idempotencyKey,
            json.writeValueAsString(submission),
            () -> intake.submit(submission.asStartForm()));
    PetitionStatus.View view = find(outcome.petitionNumber());
    return outcome.created()
        ? ResponseEntity.created(URI.create("/api/petitions/" + view.number())).body(view)
        : ResponseEntity.ok(view);
  }

  /**
   * The petitions the caller may see, newest first: a region's own, or all of them for the council,
   * the Planning Group and the Forum's staff. Parameters: {@code region} (code), {@code year},
   * {@code state} ({@code open}, {@code overdue}: open with a step past its due date, or {@code
   * closed}), {@code outcome} (a result code such as {@code ACCEPTED}), {@code category} (a
   * category code such as {@code railway}), {@code q} (words of the title, or the start of a
   * petition number), {@code first} and {@code max} (at most 100).
   */
  @GetMapping
  Map<String, Object> list(@RequestParam Map<String, String> parameters) {
    PetitionFilter filter = filter(parameters);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("first", filter.first());
    page.put("max", filter.max());
    page.put("petitions", status.list(filter));
    return page;
  }

  /**
   * How many petitions the caller may see, by region and by category: open (and overdue), or ended
   * by their result, as 건의 통계 shows them. Parameter: {@code year} (of the petition number; every
   * year without it).
   */
  @GetMapping("/summary")
  PetitionSummary.Summary summary(@RequestParam Map<String, String> parameters) {
    return summary.of(filter(PetitionFilter.only(parameters, List.of("year"))).year());
  }

  private PetitionFilter filter(Map<String, String> parameters) {
    try {
      return PetitionFilter.parse(
          parameters,
          new PetitionFilter.Choices(
              regions.all().stream().map(Regions.Region::code).toList(), outcomes.all()));
    } catch (PetitionFilter.Invalid e) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID", e.getMessage(), e.field());
    }
  }

  @GetMapping("/{number}")
  PetitionStatus.View get(@PathVariable String number) {
    return find(number);
  }

  /**
   * A petition's steps so far, oldest first, as its record in 건의 현황 lists them: each task with the
   * body it was offered to, when it started, ended and was due, and the official who finished it or
   * has it now.
   */
  @GetMapping("/{number}/steps")
  Map<String, Object> steps(@PathVariable String number) {
    PetitionRecords.Record record = records.record(number).orElseThrow(() -> notFound(number));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("number", record.view().number());
    answer.put("steps", record.steps());
    return answer;
  }

  /**
   * The documents attached to a petition, oldest first ({@code attachedBy} the official's name),
   * and whether the caller may attach more now: the petition's region, or a body on one of its open
   * steps, while it is open.
   */
  @GetMapping("/{number}/documents")
  Map<String, Object> documents(@PathVariable String number) {
    PetitionRecords.Record record = records.record(number).orElseThrow(() -> notFound(number));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("number", record.view().number());
    answer.put("mayAttach", documents.mayAttach(record.view(), record.processInstanceId()));
    answer.put("documents", record.documents());
    return answer;
  }

  /**
   * Attaches a document ({@code file}, and an optional {@code description}) to a petition, as 건의
   * 현황's form does: 201 with the document as the list shows it. A browser form on another site
   * cannot send it with an official's remembered password: a request whose {@code Origin} is not
   * this server is refused.
   */
  @PostMapping(path = "/{number}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<PetitionDocuments.Document> attach(
      @PathVariable String number,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String description,
      HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin != null
        && !origin.equals(
            ServletUriComponentsBuilder.fromContextPath(request)
                .replacePath(null)
                .build()
                .toUriString())) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN, "FORBIDDEN", "다른 사이트의 페이지에서 보낸 요청은 받지 않습니다.", null);
    }
    PetitionDocuments.Document attached;
    try {
      attached =
          documents.attach(
              number, () -> DocumentUpload.of(file, description, documents.mostBytes()));
    } catch (DocumentUpload.Refused e) {
      throw refused(number, e);
    }
    return ResponseEntity.created(
            URI.create("/api" + PetitionLinks.record(number) + "/documents/" + attached.id()))
        .body(attached);
  }

  /** A document of a petition, to save as a file. */
  @GetMapping(path = "/{number}/documents/{id}", produces = MediaType.ALL_VALUE)
  ResponseEntity<byte[]> document(
      @PathVariable String number, @PathVariable String id, HttpServletResponse response) {
    return documents
        .download(number, id)
        .orElseThrow(
            () ->
                new ApiProblem(
                    HttpStatus.NOT_FOUND,
                    "DOCUMENT_NOT_FOUND",
                    "첨부 문서를 찾을 수 없거나 열람 권한이 없습니다.",
                    null))
        .download(response);
  }

  private static ApiProblem refused(String number, DocumentUpload.Refused e) {
    return switch (e.status()) {
      case 404 -> notFound(number);
      case 409 -> new ApiProblem(HttpStatus.CONFLICT, "PETITION_CLOSED", e.getMessage(), null);
      case 403 -> new ApiProblem(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage(), null);
      default -> new ApiProblem(HttpStatus.BAD_REQUEST, "FIELD_INVALID", e.getMessage(), e.field());
    };
  }

  private PetitionStatus.View find(String number) {
    return status.find(number).orElseThrow(() -> notFound(number));
  }

  private static ApiProblem notFound(String number) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "PETITION_NOT_FOUND", "건의 " + number + "을(를) 찾을 수 없습니다.", null);
  }
}
