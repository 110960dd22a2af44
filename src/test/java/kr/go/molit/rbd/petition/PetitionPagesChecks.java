package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * 건의 현황 and GET /api/petitions: each official lists and opens the petitions the engine lets them
 * see, with where each stands, and no others.
 */
abstract class PetitionPagesChecks {

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;

  @Test
  void aRegionListsAndOpensItsOwnPetitionsOnly() {
    EngineRest rest = new EngineRest(http);
    String busan =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("<i>부산</i> 현황 목록 확인", "railway"));
    String daegu =
        rest.submitStartForm(
            "daegu.official", "regional-petition", Petitions.form("대구 현황 목록 확인", "railway"));

    String list = page("busan.official", "/petitions").getBody();
    assertThat(list)
        .contains("<h1>건의 현황</h1>", busan, "&lt;i&gt;부산&lt;/i&gt; 현황 목록 확인", "접수 검토")
        .doesNotContain(daegu, "<i>부산")
        .as("a region is not offered other regions to filter by")
        .doesNotContain("region=daegu");
    assertThat(page("daegu.official", "/petitions").getBody())
        .contains(daegu)
        .doesNotContain(busan);

    ResponseEntity<String> foreign = page("daegu.official", "/petitions/" + busan);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(foreign.getBody()).contains("찾을 수 없거나 열람 권한이 없습니다").doesNotContain("부산");

    ResponseEntity<String> own = page("busan.official", "/petitions/" + busan);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getHeaders().getFirst("Content-Security-Policy"))
        .contains("default-src 'none'", "form-action 'self'")
        .doesNotContain("script-src");
    assertThat(own.getBody())
        .contains("<h2>진행 중인 단계</h2>", "<li>접수 검토 (보완 여부 확인): 지역협의회 사무국 (국토정책과 균형발전지원팀)</li>")
        .contains("<h2>건의 사항</h2>", "제도 개선과 국비 지원", "총사업비 500억 원")
        .as("nothing decided yet")
        .doesNotContain("<h2>결정 내용</h2>");
  }

  @Test
  void theCouncilFollowsEveryRegionAndFiltersByRegionAndState() {
    EngineRest rest = new EngineRest(http);
    String jeju =
        rest.forwardedToDivisions("jeju.official", Petitions.form("제주 철도 현황 확인", "railway"));
    String ulsan =
        rest.submitStartForm(
            "ulsan.official", "regional-petition", Petitions.form("울산 현황 확인", "railway"));

    String all = page("council.secretary", "/petitions").getBody();
    assertThat(all).contains(jeju, ulsan, "region=jeju");

    String jejuOnly = page("council.secretary", "/petitions?region=jeju&state=open").getBody();
    assertThat(jejuOnly).contains(jeju).doesNotContain(ulsan).doesNotContain("<td>울산광역시</td>");
    assertThat(jejuOnly)
        .as("each open step with the body it is offered to")
        .contains("<td>소관 부서 검토: ", "철도정책과 (철도국 총괄)", "철도건설과 (지역 철도망)");
    assertThat(page("council.secretary", "/petitions?region=jeju&state=closed").getBody())
        .doesNotContain(jeju);

    String review = rest.awaitTask("railway-policy.officer", jeju, "division-review");
    EngineRest.ok(
        rest.post(
            "railway-policy.officer",
            "/task/" + review + "/claim",
            java.util.Map.of("userId", "railway-policy.officer")));

    String record = page("council.secretary", "/petitions/" + jeju).getBody();
    assertThat(record)
        .as("each division's review named, with its due date")
        .contains("<li>소관 부서 검토: 철도정책과 (철도국 총괄) · 기한 ")
        .as("the body the model offers each step to")
        .contains("<td>지역협의회 검토</td><td>지역협의회 사무국 (국토정책과 균형발전지원팀)</td>")
        .contains("<td>소관 부서 검토</td><td>철도정책과 (철도국 총괄)</td>")
        .as("who finished each step, and who is on an open one")
        .contains("정지원")
        .contains("하철도 철도정책과 사무관 (처리 중)");

    ResponseEntity<String> bad = page("council.secretary", "/petitions?state=pending");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("state: 상태는 open(진행 중), overdue(기한 경과), closed(종결)");
  }

  @Test
  void theCouncilListsThePetitionsWithAStepPastItsDueDate() {
    EngineRest rest = new EngineRest(http);
    String late =
        rest.forwardedToDivisions("gyeongnam.official", Petitions.form("경남 기한 경과", "railway"));
    String onTime =
        rest.forwardedToDivisions("gyeongnam.official", Petitions.form("경남 기한 안", "railway"));
    tasks.setDueDate(
        rest.awaitTask("railway-policy.officer", late, "division-review"),
        Date.from(Instant.now().minus(Duration.ofDays(1))));

    assertThat(page("council.secretary", "/petitions?region=gyeongnam&state=overdue").getBody())
        .contains("<strong>기한 경과</strong>", late, "(기한 경과)")
        .doesNotContain(onTime);
    assertThat(page("gyeongnam.official", "/petitions?state=overdue").getBody())
        .contains(late)
        .doesNotContain(onTime);
    assertThat(page("gyeongnam.official", "/petitions?state=open").getBody())
        .contains(late, onTime);
    assertThat(numbers(api("railway-policy.officer", "/api/petitions?state=overdue&max=100")))
        .contains(late)
        .doesNotContain(onTime);
  }

  @Test
  void theListDownloadsAsACsvFileWithTheSameFiltersAndPermissions() {
    EngineRest rest = new EngineRest(http);
    String jeonbuk =
        rest.submitStartForm(
            "jeonbuk.official",
            "regional-petition",
            Petitions.form("=HYPERLINK(\"http://example.com\",\"전북\")", "other"));
    String jeonnam =
        rest.submitStartForm(
            "jeonnam.official", "regional-petition", Petitions.form("전남 내려받기 확인", "other"));

    assertThat(page("council.secretary", "/petitions?region=jeonbuk").getBody())
        .contains("<a href=\"petitions/export?region=jeonbuk\">이 조건의 건의를 CSV 파일로 내려받기</a>");
    ResponseEntity<String> file = page("council.secretary", "/petitions/export?region=jeonbuk");
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(file.getHeaders().getContentDisposition().getFilename()).startsWith("건의현황-");
    assertThat(file.getHeaders().getCacheControl()).isEqualTo("no-store");
    assertThat(file.getBody())
        .startsWith("\uFEFF건의 번호,")
        .contains(jeonbuk + ",전북특별자치도,\"'=HYPERLINK(")
        .doesNotContain(jeonnam, ",=HYPERLINK");

    assertThat(page("jeonnam.official", "/petitions/export").getBody())
        .contains(jeonnam)
        .doesNotContain(jeonbuk);
    assertThat(page("council.secretary", "/petitions/export?year=99").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aDecidedPetitionShowsWhatWasDecided() {
    String number =
        new EngineRest(http)
            .notAcceptedByCouncil(
                "gwangju.official",
                Petitions.form("광주 결정 확인", "other"),
                "지역 자체 사업으로 추진하는 것이 적절합니다.");
    String record = page("gwangju.official", "/petitions/" + number).getBody();
    assertThat(record)
        .contains("<dt>처리 결과</dt><dd>불수용", "<dt>결정일</dt>")
        .contains("<h2>결정 내용</h2>", "지역협의회 의견", "지역 자체 사업으로 추진하는 것이 적절합니다.")
        .as("the region still acknowledges the result")
        .contains("<li>처리 결과 확인: 광주광역시 · 기한 ");
    assertThat(page("gwangju.official", "/petitions").getBody())
        .contains(number, "처리 결과 확인: 광주광역시 · 결과: 불수용");
  }

  @Test
  void theApiListsWhatTheCallerMaySeeAndRefusesBadParameters() {
    EngineRest rest = new EngineRest(http);
    String first =
        rest.submitStartForm(
            "chungnam.official", "regional-petition", Petitions.form("충남 목록 하나", "road"));
    String second =
        rest.submitStartForm(
            "chungnam.official", "regional-petition", Petitions.form("충남 목록 둘", "road"));
    rest.submitStartForm("chungbuk.official", "regional-petition", Petitions.form("충북 목록", "road"));

    JsonNode page = api("chungnam.official", "/api/petitions?max=1");
    assertThat(numbers(page)).containsExactly(second);
    assertThat(numbers(api("chungnam.official", "/api/petitions?max=1&first=1")))
        .containsExactly(first);
    JsonNode own = api("chungnam.official", "/api/petitions?state=open&max=100");
    own.path("petitions")
        .forEach(p -> assertThat(p.path("regionCode").asText()).isEqualTo("chungnam"));
    assertThat(own.path("petitions").get(0).path("currentSteps").toString()).contains("접수 검토");

    for (String[] wrong :
        new String[][] {
          {"region=seoul", "region"},
          {"year=26", "year"},
          {"state=done", "state"},
          {"first=-1", "first"},
          {"max=0", "max"},
          {"max=101", "max"}
        }) {
      ResponseEntity<String> refused =
          http.withBasicAuth("council.secretary", "demo")
              .getForEntity("/api/petitions?" + wrong[0], String.class);
      assertThat(refused.getStatusCode().value()).as(wrong[0]).isEqualTo(400);
      assertThat(EngineRest.read(refused.getBody()).path("field").asText())
          .as(wrong[0])
          .isEqualTo(wrong[1]);
    }
    assertThat(http.getForEntity("/api/petitions", String.class).getStatusCode().value())
        .isEqualTo(401);
  }

  @Test
  void theApiGivesAPetitionsStepsToThoseWhoMaySeeIt() {
    String number =
        new EngineRest(http)
            .forwardedToDivisions("daejeon.official", Petitions.form("대전 경과 API", "railway"));

    JsonNode answer = api("daejeon.official", "/api/petitions/" + number + "/steps");
    assertThat(answer.path("number").asText()).isEqualTo(number);
    List<String> steps = new ArrayList<>();
    answer
        .path("steps")
        .forEach(
            step ->
                steps.add(
                    step.path("name").asText()
                        + " | "
                        + step.path("organisation").asText()
                        + " | "
                        + (step.hasNonNull("endedAt") ? "완료" : "진행 중")));
    assertThat(steps)
        .startsWith(
            "접수 검토 (보완 여부 확인) | 지역협의회 사무국 (국토정책과 균형발전지원팀) | 완료",
            "지역협의회 검토 | 지역협의회 사무국 (국토정책과 균형발전지원팀) | 완료")
        .contains("소관 부서 검토 | 철도정책과 (철도국 총괄) | 진행 중");
    assertThat(api("daejeon.official", "/api/petitions/" + number).path("openSteps").toString())
        .contains("\"name\":\"소관 부서 검토\",\"organisation\":\"철도정책과 (철도국 총괄)\"");
    JsonNode review = answer.path("steps").get(2);
    assertThat(review.path("startedAt").asText()).startsWith("20");
    assertThat(review.path("dueDate").asText()).startsWith("20");
    assertThat(answer.path("steps").get(0).path("official").asText()).isNotBlank();

    ResponseEntity<String> foreign =
        http.withBasicAuth("busan.official", "demo")
            .getForEntity("/api/petitions/" + number + "/steps", String.class);
    assertThat(foreign.getStatusCode().value()).isEqualTo(404);
    assertThat(EngineRest.read(foreign.getBody()).path("code").asText())
        .isEqualTo("PETITION_NOT_FOUND");
    assertThat(
            http.getForEntity("/api/petitions/" + number + "/steps", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
  }

  @Test
  void theSummaryCountsWhatEachOfficialMaySeeTheSameWayAsTheLists() {
    EngineRest rest = new EngineRest(http);
    JsonNode councilBefore = api("council.secretary", "/api/petitions/summary");
    JsonNode regionBefore = api("jeonnam.official", "/api/petitions/summary");
    JsonNode divisionBefore = api("railway-policy.officer", "/api/petitions/summary");

    String atIntake =
        rest.submitStartForm(
            "jeonnam.official", "regional-petition", Petitions.form("전남 통계 접수", "road"));
    String decided =
        rest.notAcceptedByCouncil(
            "jeonnam.official", Petitions.form("전남 통계 불수용", "other"), "지역 자체 사업이 적절합니다.");
    String routed =
        rest.forwardedToDivisions("jeonbuk.official", Petitions.form("전북 통계 철도", "railway"));
    tasks.setDueDate(
        rest.awaitTask("railway-policy.officer", routed, "division-review"),
        Date.from(Instant.now().minus(Duration.ofDays(1))));

    JsonNode council = api("council.secretary", "/api/petitions/summary");
    assertThat(delta(councilBefore, council, "jeonnam"))
        .as("a decided petition counts as open until its region acknowledges the result")
        .isEqualTo("total 2, open 2, overdue 0, NOT_ACCEPTED 0, cancelled 0");
    assertThat(delta(councilBefore, council, "jeonbuk"))
        .isEqualTo("total 1, open 1, overdue 1, NOT_ACCEPTED 0, cancelled 0");
    assertThat(council.path("regions").size())
        .as("every region, with or without petitions")
        .isEqualTo(14);
    assertThat(categoryDelta(councilBefore, council, "road"))
        .isEqualTo("total 1, open 1, overdue 0, NOT_ACCEPTED 0, cancelled 0");
    assertThat(categoryDelta(councilBefore, council, "railway"))
        .isEqualTo("total 1, open 1, overdue 1, NOT_ACCEPTED 0, cancelled 0");
    assertThat(council.path("categories").findValuesAsText("category"))
        .as("every category, with or without petitions")
        .isEqualTo(Category.codes());

    EngineRest.ok(
        rest.completeTask(
            "jeonnam.official",
            decided,
            "acknowledge-result",
            java.util.Map.of("resultAcknowledged", true)));
    council = api("council.secretary", "/api/petitions/summary");
    assertThat(delta(councilBefore, council, "jeonnam"))
        .isEqualTo("total 2, open 1, overdue 0, NOT_ACCEPTED 1, cancelled 0");
    assertThat(categoryDelta(councilBefore, council, "other"))
        .isEqualTo("total 1, open 0, overdue 0, NOT_ACCEPTED 1, cancelled 0");

    JsonNode region = api("jeonnam.official", "/api/petitions/summary");
    assertThat(region.path("regions").size()).as("a region sees its own only").isEqualTo(1);
    assertThat(delta(regionBefore, region, "jeonnam"))
        .isEqualTo("total 2, open 1, overdue 0, NOT_ACCEPTED 1, cancelled 0");
    assertThat(line(region, "jeonnam"))
        .as("the region's own count (the engine's lists) and the council's (one grouped statement)")
        .isEqualTo(line(council, "jeonnam"));
    assertThat(region.path("total").path("total").asInt())
        .isEqualTo(line(region, "jeonnam").path("total").asInt());
    assertThat(categoryDelta(regionBefore, region, "other"))
        .isEqualTo("total 1, open 0, overdue 0, NOT_ACCEPTED 1, cancelled 0");
    assertThat(categoryDelta(regionBefore, region, "road"))
        .isEqualTo("total 1, open 1, overdue 0, NOT_ACCEPTED 0, cancelled 0");
    assertThat(region.path("categories").findValuesAsText("category"))
        .as("a region's categories: those of its own petitions")
        .doesNotContain("railway")
        .contains("other", "road");
    // a revoke anywhere (here on a filter of nobody's) and the region's petitions are counted as
    // the
    // engine lists them: the same numbers
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("nobody.counted");
    revoke.setResource(Resources.FILTER);
    revoke.setResourceId("no-such-filter");
    revoke.removePermission(Permissions.READ);
    authorizations.saveAuthorization(revoke);
    try {
      assertThat(api("jeonnam.official", "/api/petitions/summary")).isEqualTo(region);
    } finally {
      authorizations.deleteAuthorization(revoke.getId());
    }

    JsonNode division = api("railway-policy.officer", "/api/petitions/summary");
    assertThat(delta(divisionBefore, division, "jeonbuk"))
        .as("a division counts the petitions routed to it")
        .isEqualTo("total 1, open 1, overdue 1, NOT_ACCEPTED 0, cancelled 0");
    assertThat(delta(divisionBefore, division, "jeonnam"))
        .isEqualTo("total 0, open 0, overdue 0, NOT_ACCEPTED 0, cancelled 0");
    assertThat(categoryDelta(divisionBefore, division, "railway"))
        .isEqualTo("total 1, open 1, overdue 1, NOT_ACCEPTED 0, cancelled 0");
    assertThat(categoryDelta(divisionBefore, division, "other"))
        .isEqualTo("total 0, open 0, overdue 0, NOT_ACCEPTED 0, cancelled 0");

    String year = decided.substring(3, 7);
    assertThat(api("jeonnam.official", "/api/petitions/summary?year=" + year).path("year").asInt())
        .isEqualTo(Integer.parseInt(year));
    assertThat(
            api("jeonnam.official", "/api/petitions/summary?year=2031")
                .path("total")
                .path("total")
                .asInt())
        .isZero();

    String summary = page("council.secretary", "/petitions/summary").getBody();
    String decidedLink = "../petitions?region=jeonnam&amp;state=closed&amp;outcome=NOT_ACCEPTED";
    assertThat(summary)
        .contains("<h1>건의 통계</h1>", "<th>수용</th>", "<th>불수용</th>", "<th>철회</th>")
        .contains("<td>전라남도</td>", decidedLink)
        .contains("<a href=\"../petitions?region=jeonbuk&amp;state=overdue\">")
        .contains("<h2>분야별</h2>", "<td>기타</td>")
        .contains("../petitions?state=closed&amp;outcome=NOT_ACCEPTED&amp;category=other");
    assertThat(
            page("council.secretary", "/petitions?state=closed&outcome=NOT_ACCEPTED&category=other")
                .getBody())
        .as("a category's number links to that category's petitions")
        .contains(decided)
        .doesNotContain(atIntake);
    ResponseEntity<String> table =
        page("council.secretary", "/petitions/summary/export?by=category");
    assertThat(table.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(table.getHeaders().getContentDisposition().getFilename())
        .startsWith("건의통계-분야별-전체연도-")
        .endsWith(".csv");
    JsonNode other = line(council, "categories", "category", "other");
    assertThat(table.getBody())
        .as("the table by category as the page counts it")
        .startsWith("\uFEFF분야,전체,진행 중,기한 경과,수용,")
        .contains(
            "\r\n기타,%d,%d,%d,"
                .formatted(
                    other.path("total").asInt(),
                    other.path("open").asInt(),
                    other.path("overdue").asInt()))
        .contains("\r\n합계," + council.path("total").path("total").asInt() + ",");
    assertThat(page("jeonnam.official", "/petitions/summary/export?year=" + year).getBody())
        .as("a region's table by region: its own line")
        .contains("\r\n전라남도,")
        .doesNotContain("전북특별자치도");
    assertThat(page("council.secretary", "/petitions/summary/export?by=ministry").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(numbers(api("council.secretary", "/api/petitions?category=road&max=100")))
        .contains(atIntake)
        .doesNotContain(decided, routed);
    assertThat(
            page("council.secretary", "/petitions?region=jeonnam&state=closed&outcome=NOT_ACCEPTED")
                .getBody())
        .as("the number's link lists those petitions")
        .contains(decided)
        .doesNotContain(atIntake);
    assertThat(numbers(api("jeonnam.official", "/api/petitions?outcome=NOT_ACCEPTED&max=100")))
        .contains(decided)
        .doesNotContain(atIntake);
    assertThat(page("jeonnam.official", "/petitions/summary").getBody())
        .contains("<td>전라남도</td>")
        .doesNotContain("<td>전북특별자치도</td>");

    ResponseEntity<String> bad =
        http.withBasicAuth("council.secretary", "demo")
            .getForEntity("/api/petitions/summary?year=26", String.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.read(bad.getBody()).path("field").asText()).isEqualTo("year");
    ResponseEntity<String> badOutcome =
        http.withBasicAuth("council.secretary", "demo")
            .getForEntity("/api/petitions?outcome=accepted", String.class);
    assertThat(EngineRest.read(badOutcome.getBody()).path("field").asText()).isEqualTo("outcome");
    ResponseEntity<String> badCategory =
        http.withBasicAuth("council.secretary", "demo")
            .getForEntity("/api/petitions?category=rail", String.class);
    assertThat(badCategory.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.read(badCategory.getBody()).path("field").asText()).isEqualTo("category");
    assertThat(page("council.secretary", "/petitions?category=rail").getBody())
        .contains("category: 분야는");
    assertThat(page("council.secretary", "/petitions/summary?year=x").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(http.getForEntity("/api/petitions/summary", String.class).getStatusCode().value())
        .isEqualTo(401);
  }

  @Test
  void theSearchFindsPetitionsByTheWordsOfTheirTitlesOrTheStartOfTheirNumbers() {
    EngineRest rest = new EngineRest(http);
    String gtx =
        rest.submitStartForm(
            "ulsan.official", "regional-petition", Petitions.form("울산 GTX 연장 검색 확인", "railway"));
    String percent =
        rest.submitStartForm(
            "ulsan.official", "regional-petition", Petitions.form("울산 100% 지원 검색 확인", "road"));
    String busan =
        rest.submitStartForm(
            "busan.official", "regional-petition", Petitions.form("부산 GTX 검색 확인", "railway"));

    assertThat(numbers(search("ulsan.official", "gtx  연장")))
        .as("words of the title, in any case")
        .containsExactly(gtx);
    assertThat(numbers(search("ulsan.official", "100%")))
        .as("a % is a character like any other")
        .containsExactly(percent);
    assertThat(numbers(search("ulsan.official", "_")))
        .doesNotContain(gtx, percent)
        .as("nor is _ a wildcard");
    assertThat(numbers(search("ulsan.official", "검색 확인")))
        .as("a region finds its own petitions only")
        .contains(gtx, percent)
        .doesNotContain(busan);
    assertThat(numbers(search("council.secretary", "GTX")))
        .contains(gtx, busan)
        .doesNotContain(percent);
    assertThat(numbers(search("council.secretary", gtx))).containsExactly(gtx);
    assertThat(numbers(search("council.secretary", gtx.toLowerCase(java.util.Locale.ROOT))))
        .containsExactly(gtx);
    assertThat(numbers(search("council.secretary", gtx.substring(0, gtx.length() - 1))))
        .as("the start of a number")
        .contains(gtx);
    assertThat(numbers(search("ulsan.official", busan)))
        .as("another region's number finds nothing")
        .isEmpty();
    String year = gtx.substring(3, 7);
    assertThat(numbers(api("council.secretary", "/api/petitions?year=" + year + "&q=" + gtx)))
        .containsExactly(gtx);
    assertThat(numbers(api("council.secretary", "/api/petitions?year=2031&q=" + gtx))).isEmpty();
    assertThat(numbers(api("council.secretary", "/api/petitions?category=road&q=검색 확인")))
        .contains(percent)
        .doesNotContain(gtx, busan);

    assertThat(page("council.secretary", "/petitions?q=GTX 연장&region=ulsan").getBody())
        .contains(gtx, "value=\"GTX 연장\"", "검색 지우기")
        .doesNotContain(busan);
    assertThat(
            page("council.secretary", "/petitions/export?q=GTX")
                .getBody()
                .lines()
                .filter(line -> line.contains("GTX 검색 확인") || line.contains("GTX 연장"))
                .count())
        .as("the CSV file of the search")
        .isEqualTo(2);
    ResponseEntity<String> tooLong =
        http.withBasicAuth("council.secretary", "demo")
            .getForEntity("/api/petitions?q=" + "가".repeat(101), String.class);
    assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.read(tooLong.getBody()).path("field").asText()).isEqualTo("q");
  }

  /** The caller's petitions that a search finds, the search sent exactly as written. */
  private JsonNode search(String official, String q) {
    URI uri =
        URI.create(
            http.getRootUri()
                + "/api/petitions?max=100&q="
                + UriUtils.encodeQueryParam(q, StandardCharsets.UTF_8));
    ResponseEntity<String> answer =
        http.withBasicAuth(official, "demo").getForEntity(uri, String.class);
    EngineRest.ok(answer);
    return EngineRest.read(answer.getBody());
  }

  /** What changed in one region's line between two summaries. */
  private static String delta(JsonNode before, JsonNode after, String region) {
    return delta(line(before, region), line(after, region));
  }

  /** What changed in one category's line between two summaries. */
  private static String categoryDelta(JsonNode before, JsonNode after, String category) {
    return delta(
        line(before, "categories", "category", category),
        line(after, "categories", "category", category));
  }

  private static String delta(JsonNode b, JsonNode a) {
    return "total %d, open %d, overdue %d, NOT_ACCEPTED %d, cancelled %d"
        .formatted(
            a.path("total").asInt() - b.path("total").asInt(),
            a.path("open").asInt() - b.path("open").asInt(),
            a.path("overdue").asInt() - b.path("overdue").asInt(),
            a.path("closed").path("NOT_ACCEPTED").asInt()
                - b.path("closed").path("NOT_ACCEPTED").asInt(),
            a.path("cancelled").asInt() - b.path("cancelled").asInt());
  }

  /** One region's line of a summary; an empty one when the summary has none. */
  private static JsonNode line(JsonNode summary, String region) {
    return line(summary, "regions", "regionCode", region);
  }

  /** The line of a summary's table whose {@code key} is {@code code}; an empty one without it. */
  private static JsonNode line(JsonNode summary, String table, String key, String code) {
    for (JsonNode line : summary.path(table)) {
      if (code.equals(line.path(key).asText())) {
        return line;
      }
    }
    return EngineRest.JSON.createObjectNode();
  }

  @Test
  void notSignedInIsSentToSignIn() throws Exception {
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(http.getRootUri() + "/petitions")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow())
        .endsWith("/camunda/app/welcome/default/#!/login");
  }

  private JsonNode api(String official, String path) {
    ResponseEntity<String> answer =
        http.withBasicAuth(official, "demo").getForEntity(path, String.class);
    EngineRest.ok(answer);
    return EngineRest.read(answer.getBody());
  }

  private static List<String> numbers(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.path("petitions").forEach(p -> numbers.add(p.path("number").asText()));
    return numbers;
  }

  private ResponseEntity<String> page(String official, String path) {
    return WebappSession.signIn(http, official, "demo").exchange(HttpMethod.GET, path, null, null);
  }
}
