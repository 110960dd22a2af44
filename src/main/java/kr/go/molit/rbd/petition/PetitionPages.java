package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionFilter.only;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import kr.go.molit.rbd.calendar.WorkingDays;
import kr.go.molit.rbd.directory.Regions;
import kr.go.molit.rbd.security.ActingUser;
import kr.go.molit.rbd.security.WebappPages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 건의 현황: the petitions an official may see, newest first, with where each stands (the open steps
 * and their due dates, or the result), and each petition's record: what the region asked for, what
 * was decided, and every step so far. A region sees its own petitions, a division those routed to
 * it, the council, the Planning Group and the Forum's staff all of them: the engine checks, as for
 * the official's own requests. Served outside the webapps, without scripts, linked from Welcome.
 */
@Controller
@RequestMapping(PetitionLinks.PATH)
class PetitionPages {

  private static final String NOT_FOUND =
      "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"UTF-8\"><title>건의 없음</title>"
          + "</head><body><p>건의를 찾을 수 없거나 열람 권한이 없습니다.</p>"
          + "<p><a href=\"../petitions\">건의 현황으로</a></p></body></html>\n";

  private final ProcessEngine engine;
  private final PetitionStatus status;
  private final PetitionRecords records;
  private final PetitionSummary summary;
  private final PetitionOutcomes outcomes;
  private final Regions regions;
  private final PetitionDocuments documents;

  PetitionPages(
      ProcessEngine engine,
      PetitionStatus status,
      PetitionRecords records,
      PetitionSummary summary,
      PetitionOutcomes outcomes,
      Regions regions,
      PetitionDocuments documents) {
    this.engine = engine;
    this.status = status;
    this.records = records;
    this.summary = summary;
    this.outcomes = outcomes;
    this.regions = regions;
    this.documents = documents;
  }

  @GetMapping
  ResponseEntity<String> list(
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request,
      HttpServletResponse response) {
    return answer(
        request,
        response,
        choices -> PetitionFilter.parse(only(parameters, PAGED), choices),
        (user, filter, known) -> {
          List<PetitionStatus.View> petitions =
              ActingUser.as(engine, user, () -> status.list(filter));
          Date now = ClockUtil.getCurrentTime();
          return WebappPages.html(HttpStatus.OK)
              .body(
                  new PetitionListPage(
                          petitions,
                          filter,
                          regionChoices(user, known.regions()),
                          known.outcomes(),
                          thisYear(now),
                          now)
                      .render(request.getContextPath()));
        });
  }

  /**
   * 건의 통계: how many petitions the official may see, by region, open (and overdue) or ended by their
   * result, for one year or every year; each number links to the list of those petitions.
   */
  @GetMapping("/summary")
  ResponseEntity<String> summary(
      @RequestParam(required = false) String year,
      HttpServletRequest request,
      HttpServletResponse response) {
    return counted(
        year,
        null,
        request,
        response,
        (counted, known) ->
            WebappPages.html(HttpStatus.OK)
                .body(
                    new PetitionSummaryPage(
                            counted,
                            Set.copyOf(codes(known.regions())),
                            thisYear(ClockUtil.getCurrentTime()))
                        .render(request.getContextPath())));
  }

  /**
   * The list as a CSV file for a spreadsheet: every petition the filter selects that the official
   * may see, newest first, up to {@link #MOST_EXPORTED}.
   */
  @GetMapping("/export")
  ResponseEntity<String> export(
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request,
      HttpServletResponse response) {
    return answer(
        request,
        response,
        choices -> PetitionFilter.parse(only(parameters, PetitionFilter.SELECTING), choices),
        (user, filter, known) -> {
          List<PetitionStatus.View> petitions =
              ActingUser.as(engine, user, () -> status.all(filter, MOST_EXPORTED));
          Date now = ClockUtil.getCurrentTime();
          return csv("건의현황", now, PetitionCsv.write(petitions, now));
        });
  }

  /**
   * One of 건의 통계's tables ({@code by}: {@code region}, the default, or {@code category}) as a CSV
   * file for a spreadsheet.
   */
  @GetMapping("/summary/export")
  ResponseEntity<String> exportSummary(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String by,
      HttpServletRequest request,
      HttpServletResponse response) {
    return counted(
        year,
        by,
        request,
        response,
        (counted, known) -> {
          PetitionSummaryCsv.Table table = PetitionSummaryCsv.Table.named(by);
          return csv(
              "건의통계-"
                  + table.label()
                  + "별-"
                  + (counted.year() == null ? "전체연도" : counted.year() + "년"),
              ClockUtil.getCurrentTime(),
              PetitionSummaryCsv.write(counted, table));
        });
  }

  /**
   * A page of 건의 통계: what {@code page} makes of the signed-in official's counts for the year the
   * parameter names, once the parameters, {@code by} of a table's file included, are checked.
   */
  private ResponseEntity<String> counted(
      String year,
      String by,
      HttpServletRequest request,
      HttpServletResponse response,
      BiFunction<PetitionSummary.Summary, Known, ResponseEntity<String>> page) {
    return answer(
        request,
        response,
        choices -> {
          PetitionSummaryCsv.Table.named(by);
          return PetitionFilter.parse(year == null ? Map.of() : Map.of("year", year), choices);
        },
        (user, filter, known) ->
            page.apply(
                ActingUser.as(
                    engine,
                    user,
                    () -> summary.of(filter.year(), known.outcomes(), known.regions())),
                known));
  }

  /** A CSV file to download, named {@code name} and the day in Korea. */
  private static ResponseEntity<String> csv(String name, Date now, String body) {
    String file =
        name
            + "-"
            + DateTimeFormatter.BASIC_ISO_DATE.withZone(WorkingDays.KOREA).format(now.toInstant())
            + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  /** The parameters of the list's pages: what selects petitions, and the position. */
  private static final List<String> PAGED =
      Stream.concat(PetitionFilter.SELECTING.stream(), Stream.of("first")).toList();

  /** The most petitions one CSV file holds. */
  static final int MOST_EXPORTED = 5_000;

  /** The regions and the decision's results, read once for a request. */
  private record Known(List<Regions.Region> regions, List<PetitionOutcomes.Outcome> outcomes) {}

  /** What a page makes for the signed-in official and the filter. */
  @FunctionalInterface
  private interface Page {
    ResponseEntity<String> make(String user, PetitionFilter filter, Known known);
  }

  /**
   * A page about the petitions a filter selects: the sign-in page without a session, 400 naming the
   * parameter the filter cannot use, else what {@code page} makes for the official and the filter.
   */
  private ResponseEntity<String> answer(
      HttpServletRequest request,
      HttpServletResponse response,
      Function<PetitionFilter.Choices, PetitionFilter> parse,
      Page page) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    Known known = new Known(regions.all(), outcomes.all());
    PetitionFilter filter;
    try {
      filter = parse.apply(new PetitionFilter.Choices(codes(known.regions()), known.outcomes()));
    } catch (PetitionFilter.Invalid e) {
      return refused(e, request);
    }
    return page.make(user, filter, known);
  }

  private static List<String> codes(List<Regions.Region> regions) {
    return regions.stream().map(Regions.Region::code).toList();
  }

  /** The regions an official may choose among: none for a region's official, who sees their own. */
  private List<Regions.Region> regionChoices(String user, List<Regions.Region> all) {
    return regions.regionOf(user).isPresent() ? List.of() : all;
  }

  private static int thisYear(Date now) {
    return LocalDate.ofInstant(now.toInstant(), WorkingDays.KOREA).getYear();
  }

  private static ResponseEntity<String> refused(
      PetitionFilter.Invalid e, HttpServletRequest request) {
    return WebappPages.html(HttpStatus.BAD_REQUEST)
        .body(
            PetitionHtml.notice(
                "건의 현황", e.getMessage(), PetitionLinks.PATH, "건의 현황으로", request.getContextPath()));
  }

  @GetMapping("/{number}")
  ResponseEntity<String> record(
      @PathVariable String number, HttpServletRequest request, HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    Optional<Readable> found =
        ActingUser.as(
            engine,
            user,
            () ->
                records
                    .record(number)
                    .map(
                        r ->
                            new Readable(r, documents.mayAttach(r.view(), r.processInstanceId()))));
    if (found.isEmpty()) {
      return WebappPages.html(HttpStatus.NOT_FOUND).body(NOT_FOUND);
    }
    return WebappPages.html(HttpStatus.OK)
        .body(
            new PetitionRecordPage(
                    found.get().record(),
                    ClockUtil.getCurrentTime(),
                    found.get().mayAttach() ? WebappPages.formToken(request) : null,
                    documents.mostBytes())
                .render(request.getContextPath()));
  }

  /** A petition's record, and whether the official reading it may attach documents now. */
  private record Readable(PetitionRecords.Record record, boolean mayAttach) {}
}
