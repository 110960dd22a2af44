package kr.go.molit.rbd.petition;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.go.molit.rbd.calendar.WorkingDays;
import kr.go.molit.rbd.directory.Regions;
import kr.go.molit.rbd.security.ActingUser;
import kr.go.molit.rbd.security.WebappPages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * 건의 현황: the petitions an official may see, newest first, with where each stands (the open steps
 * and their due dates, or the result), and each petition's record: what the region asked for, what
 * was decided, and every step so far. A region sees its own petitions, a division those routed to
 * it, the council, the Planning Group and the Forum's staff all of them: the engine checks, as for
 * the official's own requests. Served outside the webapps, without scripts, linked from Welcome.
 */
@Controller
@RequestMapping("/petitions")
class PetitionPages {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy. MM. dd.").withZone(WorkingDays.KOREA);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy. MM. dd. HH:mm").withZone(WorkingDays.KOREA);
  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0}"
          + "th,td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}"
          + "th{background:#eee}.nowrap{white-space:nowrap}nav p{margin:.3em 0}nav a,nav strong{margin-right:.6em}"
          + ".late{color:#b00;font-weight:bold}.text{white-space:pre-wrap}"
          + "dl{display:grid;grid-template-columns:max-content auto;gap:.3em 1em}dt{font-weight:bold}"
          + "dd{margin:0}";
  private static final String NOT_FOUND =
      "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"UTF-8\"><title>건의 없음</title>"
          + "</head><body><p>건의를 찾을 수 없거나 열람 권한이 없습니다.</p>"
          + "<p><a href=\"../petitions\">건의 현황으로</a></p></body></html>\n";

  /** The years offered as filters: this one and the two before it. */
  static final int YEARS_OFFERED = 3;

  private final ProcessEngine engine;
  private final PetitionStatus status;
  private final Regions regions;

  PetitionPages(ProcessEngine engine, PetitionStatus status, Regions regions) {
    this.engine = engine;
    this.status = status;
    this.regions = regions;
  }

  @GetMapping
  ResponseEntity<String> list(
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String first,
      HttpServletRequest request,
      HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    List<Regions.Region> all = regions.all();
    PetitionFilter filter;
    try {
      filter =
          PetitionFilter.parse(
              region, year, state, first, null, all.stream().map(Regions.Region::code).toList());
    } catch (PetitionFilter.Invalid e) {
      return WebappPages.html(HttpStatus.BAD_REQUEST)
          .body(
              page("건의 현황")
                  .append("<p>")
                  .append(e(e.getMessage()))
                  .append("</p><p><a href=\"petitions\">건의 현황으로</a></p>")
                  .append(end(request))
                  .toString());
    }
    List<PetitionStatus.View> petitions = ActingUser.as(engine, user, () -> status.list(filter));
    boolean ownRegionOnly = regions.regionOf(user).isPresent();
    StringBuilder page = page("건의 현황");
    page.append("<p>열람할 수 있는 지역 건의를 최근 접수한 순서로 보여 줍니다.</p>\n<nav>");
    Map<String, String> states = new LinkedHashMap<>();
    states.put("", "전체");
    states.put("open", "진행 중");
    states.put("closed", "종결");
    choices(
        page,
        "상태",
        states,
        filter.open() == null ? "" : filter.open() ? "open" : "closed",
        value -> link(filter.region(), filter.year(), value, 0));
    Map<String, String> years = new LinkedHashMap<>();
    years.put("", "전체");
    int thisYear =
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDays.KOREA).getYear();
    for (int y = thisYear; y > thisYear - YEARS_OFFERED; y--) {
      years.put(String.valueOf(y), y + "년");
    }
    choices(
        page,
        "연도",
        years,
        filter.year() == null ? "" : filter.year().toString(),
        value ->
            link(
                filter.region(),
                value.isEmpty() ? null : Integer.valueOf(value),
                state(filter),
                0));
    if (!ownRegionOnly) {
      Map<String, String> names = new LinkedHashMap<>();
      names.put("", "전체");
      all.forEach(r -> names.put(r.code(), r.name()));
      choices(
          page,
          "지역",
          names,
          filter.region() == null ? "" : filter.region(),
          value -> link(value.isEmpty() ? null : value, filter.year(), state(filter), 0));
    }
    page.append("</nav>\n");
    if (petitions.isEmpty()) {
      page.append("<p>조건에 맞는 건의가 없습니다.</p>\n");
    } else {
      page.append(
          "<table><tr><th>건의 번호</th><th>지역</th><th>제목</th><th>분야</th><th>접수일</th>"
              + "<th>진행 단계 또는 결과</th><th>기한 또는 결정일</th></tr>\n");
      Date now = ClockUtil.getCurrentTime();
      for (PetitionStatus.View p : petitions) {
        page.append("<tr><td class=\"nowrap\"><a href=\"petitions/")
            .append(e(UriUtils.encodePathSegment(p.number(), "UTF-8")))
            .append("\">")
            .append(e(p.number()))
            .append("</a></td><td>")
            .append(e(p.regionName()))
            .append("</td><td>")
            .append(e(p.title()))
            .append("</td><td>")
            .append(e(p.categoryLabel()))
            .append("</td><td class=\"nowrap\">")
            .append(day(p.submittedAt()))
            .append("</td><td>");
        if (p.open()) {
          page.append(e(String.join(", ", p.currentSteps())));
          if (p.outcomeLabel() != null) {
            page.append(" · 결과: ").append(e(p.outcomeLabel()));
          }
          page.append("</td><td>").append(due(earliest(p.dueDates()), now));
        } else {
          page.append(e(p.outcomeLabel() == null ? "종료" : p.outcomeLabel()))
              .append("</td><td>")
              .append(day(p.decidedAt()));
        }
        page.append("</td></tr>\n");
      }
      page.append("</table>\n");
    }
    page.append("<p>");
    if (filter.first() > 0) {
      page.append("<a href=\"")
          .append(
              e(
                  link(
                      filter.region(),
                      filter.year(),
                      state(filter),
                      Math.max(0, filter.first() - filter.max()))))
          .append("\">이전</a> ");
    }
    if (petitions.size() == filter.max()) {
      page.append("<a href=\"")
          .append(
              e(link(filter.region(), filter.year(), state(filter), filter.first() + filter.max())))
          .append("\">다음</a>");
    }
    page.append("</p>\n");
    return WebappPages.html(HttpStatus.OK).body(page.append(end(request)).toString());
  }

  @GetMapping("/{number}")
  ResponseEntity<String> record(
      @PathVariable String number, HttpServletRequest request, HttpServletResponse response) {
    String user = WebappPages.signedIn(engine, request, response);
    if (user == null) {
      return WebappPages.toSignIn(request);
    }
    Optional<PetitionStatus.Record> found =
        ActingUser.as(engine, user, () -> status.record(number));
    if (found.isEmpty()) {
      return WebappPages.html(HttpStatus.NOT_FOUND).body(NOT_FOUND);
    }
    PetitionStatus.Record record = found.get();
    PetitionStatus.View p = record.view();
    Date now = ClockUtil.getCurrentTime();
    StringBuilder page = page(p.number() + " " + p.title());
    page.append("<dl>")
        .append(item("지역", e(p.regionName())))
        .append(item("분야", e(p.categoryLabel())))
        .append(item("접수일", day(p.submittedAt())))
        .append(item("상태", p.open() ? "진행 중" : "종결"));
    if (p.outcomeLabel() != null) {
      page.append(item("처리 결과", e(p.outcomeLabel())));
    } else if (!p.open()) {
      page.append(item("처리 결과", "종료"));
    }
    if (p.decidedAt() != null) {
      page.append(item("결정일", day(p.decidedAt())));
    }
    if (p.forumSessionTitle() != null) {
      page.append(item("결정 회의", e(p.forumSessionTitle())));
    }
    page.append("</dl>\n");
    if (p.open()) {
      page.append("<h2>진행 중인 단계</h2>\n<ul>");
      List<PetitionStatus.Step> open =
          record.steps().stream().filter(step -> step.ended() == null).toList();
      if (open.isEmpty()) {
        p.currentSteps().forEach(step -> page.append("<li>").append(e(step)).append("</li>"));
      }
      for (PetitionStatus.Step step : open) {
        page.append("<li>").append(e(step.name()));
        if (step.organisation() != null) {
          page.append(": ").append(e(step.organisation()));
        }
        if (step.due() != null) {
          page.append(" · 기한 ").append(due(step.due(), now));
        }
        page.append("</li>");
      }
      page.append("</ul>\n");
    }
    if (!record.decision().isEmpty()) {
      page.append("<h2>결정 내용</h2>\n<dl>");
      record.decision().forEach((label, text) -> page.append(item(label, text(text))));
      page.append("</dl>\n");
    }
    page.append("<h2>건의 내용</h2>\n<dl>");
    record.request().forEach((label, text) -> page.append(item(label, text(text))));
    page.append("</dl>\n<h2>처리 경과</h2>\n");
    page.append(
        "<table><tr><th>단계</th><th>기관</th><th>시작</th><th>완료</th><th>기한</th><th>담당자</th></tr>\n");
    for (PetitionStatus.Step step : record.steps()) {
      page.append("<tr><td>")
          .append(e(step.name()))
          .append("</td><td>")
          .append(e(step.organisation()))
          .append("</td><td>")
          .append(when(step.started()))
          .append("</td><td>")
          .append(step.ended() == null ? "진행 중" : when(step.ended()))
          .append("</td><td>")
          .append(
              step.due() == null
                  ? ""
                  : step.ended() == null ? due(step.due(), now) : e(WorkingDays.label(step.due())))
          .append("</td><td>")
          .append(e(step.official()))
          .append(step.ended() == null && step.official() != null ? " (처리 중)" : "")
          .append("</td></tr>\n");
    }
    page.append("</table>\n<p><a href=\"../petitions\">건의 현황으로</a></p>\n");
    return WebappPages.html(HttpStatus.OK).body(page.append(end(request)).toString());
  }

  private static StringBuilder page(String title) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"UTF-8\">")
        .append("<title>")
        .append(e(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(e(title))
        .append("</h1>\n");
  }

  private static String end(HttpServletRequest request) {
    return "<p><a href=\""
        + e(request.getContextPath())
        + "/camunda/app/welcome/\">처음 화면으로</a></p>\n</body></html>\n";
  }

  private static void choices(
      StringBuilder page,
      String label,
      Map<String, String> values,
      String chosen,
      java.util.function.Function<String, String> href) {
    page.append("<p>").append(e(label)).append(": ");
    values.forEach(
        (value, name) -> {
          if (value.equals(chosen)) {
            page.append("<strong>").append(e(name)).append("</strong>");
          } else {
            page.append("<a href=\"")
                .append(e(href.apply(value)))
                .append("\">")
                .append(e(name))
                .append("</a>");
          }
        });
    page.append("</p>\n");
  }

  /** The list's address with these filters; relative, so it holds under any context path. */
  static String link(String region, Integer year, String state, int first) {
    StringBuilder query = new StringBuilder();
    if (region != null) {
      query.append("&region=").append(UriUtils.encodeQueryParam(region, "UTF-8"));
    }
    if (year != null) {
      query.append("&year=").append(year);
    }
    if (state != null && !state.isEmpty()) {
      query.append("&state=").append(state);
    }
    if (first > 0) {
      query.append("&first=").append(first);
    }
    return query.isEmpty() ? "petitions" : "petitions?" + query.substring(1);
  }

  private static String state(PetitionFilter filter) {
    return filter.open() == null ? null : filter.open() ? "open" : "closed";
  }

  private static Date earliest(Map<String, Date> dueDates) {
    return dueDates.values().stream().min(Date::compareTo).orElse(null);
  }

  /** A due date, marked when it has passed. */
  static String due(Date due, Date now) {
    if (due == null) {
      return "";
    }
    String label = e(WorkingDays.label(due));
    return due.before(now) ? "<span class=\"late\">" + label + " (기한 경과)</span>" : label;
  }

  private static String item(String label, String html) {
    return "<dt>" + e(label) + "</dt><dd>" + html + "</dd>";
  }

  private static String text(String text) {
    return "<span class=\"text\">" + e(text) + "</span>";
  }

  private static String day(Date date) {
    return date == null ? "" : DAY.format(date.toInstant());
  }

  private static String when(Date date) {
    return date == null ? "" : WHEN.format(date.toInstant());
  }

  private static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
