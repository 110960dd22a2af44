package kr.go.molit.rbd.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.directory.Regions;
import kr.go.molit.rbd.petition.PetitionFilter;
import kr.go.molit.rbd.petition.PetitionIntake;
import kr.go.molit.rbd.petition.PetitionOutcomes;
import kr.go.molit.rbd.petition.PetitionRecords;
import kr.go.molit.rbd.petition.PetitionStatus;
import kr.go.molit.rbd.petition.PetitionSummary;
import org.camunda.bpm.engine.IdentityService;
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
      PetitionSummary summary,
      PetitionOutcomes outcomes,
      IdempotentSubmissions submissions,
      IdentityService identity,
      Regions regions,
      ObjectMapper json) {
    this.intake = intake;
    this.status = status;
    this.records = records;
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

  private PetitionStatus.View find(String number) {
    return status.find(number).orElseThrow(() -> notFound(number));
  }

  private static ApiProblem notFound(String number) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "PETITION_NOT_FOUND", "건의 " + number + "을(를) 찾을 수 없습니다.", null);
  }
}
