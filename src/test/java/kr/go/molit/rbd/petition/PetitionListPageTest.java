package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.directory.Regions;
import org.junit.jupiter.api.Test;

class PetitionListPageTest {

  private static final Date NOW = Date.from(Instant.parse("2026-12-03T01:00:00Z"));
  private static final Date YESTERDAY = Date.from(Instant.parse("2026-12-02T09:00:00Z"));
  private static final Date NEXT_WEEK = Date.from(Instant.parse("2026-12-10T09:00:00Z"));
  private static final List<Regions.Region> REGIONS =
      List.of(
          new Regions.Region("busan", "부산광역시", "region-busan"),
          new Regions.Region("jeju", "제주특별자치도", "region-jeju"));
  private static final List<PetitionOutcomes.Outcome> OUTCOMES =
      List.of(
          new PetitionOutcomes.Outcome("ACCEPTED", "수용"),
          new PetitionOutcomes.Outcome("NOT_ACCEPTED", "불수용"));

  @Test
  void eachPetitionShowsItsOpenStepsAndNearestDueDateOrItsResult() {
    String page =
        new PetitionListPage(
                List.of(
                    open(
                        "RP-2026-00002",
                        "<b>부산</b> 건의",
                        new PetitionStatus.OpenStep("소관 부서 검토", "철도정책과 (철도국 총괄)", YESTERDAY),
                        new PetitionStatus.OpenStep("소관 부서 검토", "철도건설과 <지역 철도망>", NEXT_WEEK)),
                    open(
                        "RP-2026-00003",
                        "제주 건의",
                        new PetitionStatus.OpenStep("건의 보완 또는 철회", "제주특별자치도", NEXT_WEEK)),
                    closed("RP-2026-00001", "수용 (포럼 채택)")),
                new PetitionFilter(null, null, null, null, null, null, 0, 50),
                REGIONS,
                OUTCOMES,
                2026,
                NOW)
            .render("");

    assertThat(page)
        .contains("<a href=\"petitions/RP-2026-00002\">RP-2026-00002</a>")
        .contains("&lt;b&gt;부산&lt;/b&gt; 건의")
        .doesNotContain("<b>부산")
        .as("a due date that has passed is marked")
        .contains("<span class=\"late\">2026년 12월 2일 (수) 18:00 (기한 경과)</span>")
        .as("each open step with the bodies it is offered to")
        .contains("<td>소관 부서 검토: 철도정책과 (철도국 총괄), 철도건설과 &lt;지역 철도망&gt;</td>")
        .contains("<td>건의 보완 또는 철회: 제주특별자치도</td><td>2026년 12월 10일 (목) 18:00</td>")
        .contains("<td>수용 (포럼 채택)</td><td>2026. 12. 03.</td>")
        .as("fewer than a page: no next page")
        .doesNotContain("\">다음</a>", "\">이전</a>", "검색 지우기");
  }

  @Test
  void filterLinksKeepTheOtherFiltersAndStartFromTheFirstPage() {
    String page =
        new PetitionListPage(
                List.of(),
                new PetitionFilter(
                    "jeju", 2026, PetitionFilter.State.OPEN, null, "railway", null, 100, 50),
                REGIONS,
                OUTCOMES,
                2026,
                NOW)
            .render("");

    assertThat(page)
        .contains("<p>조건에 맞는 건의가 없습니다.</p>")
        .contains("상태: <a href=\"petitions?region=jeju&amp;year=2026&amp;category=railway\">전체</a>")
        .contains("<strong>진행 중</strong>")
        .contains(
            "<a href=\"petitions?region=jeju&amp;year=2026&amp;state=closed&amp;category=railway\">종결</a>")
        .contains(
            "<a href=\"petitions?region=jeju&amp;year=2026&amp;state=overdue&amp;category=railway\">기한 경과</a>")
        .contains("<a href=\"petitions?region=jeju&amp;state=open&amp;category=railway\">전체</a>")
        .contains(
            "<a href=\"petitions?region=jeju&amp;year=2025&amp;state=open&amp;category=railway\">2025년</a>")
        .contains("<a href=\"petitions?year=2026&amp;state=open&amp;category=railway\">전체</a>")
        .contains("<strong>제주특별자치도</strong>")
        .as("the results, as the decision names them")
        .contains(
            "처리 결과: <strong>전체</strong><a href=\"petitions?region=jeju&amp;year=2026&amp;state=open&amp;outcome=ACCEPTED&amp;category=railway\">수용</a>")
        .as("the categories, by their subject")
        .contains(
            "분야: <a href=\"petitions?region=jeju&amp;year=2026&amp;state=open\">전체</a>"
                + "<a href=\"petitions?region=jeju&amp;year=2026&amp;state=open&amp;category=gb-regulation\">GB 규제 개선</a>")
        .contains("<strong>철도</strong>")
        .contains(
            "<a href=\"petitions?region=jeju&amp;year=2026&amp;state=open&amp;category=road\">도로</a>")
        .contains("<a href=\"petitions/summary?year=2026\">건의 통계</a>")
        .contains(
            "<a href=\"petitions?region=jeju&amp;year=2026&amp;state=open&amp;category=railway&amp;first=50\">이전</a>");
  }

  @Test
  void theSearchKeepsTheOtherFiltersAndTheFiltersKeepTheSearch() {
    String page =
        new PetitionListPage(
                List.of(),
                new PetitionFilter(
                    "jeju",
                    2026,
                    PetitionFilter.State.OPEN,
                    null,
                    "railway",
                    "\"철도\" & 지하화",
                    0,
                    50),
                REGIONS,
                OUTCOMES,
                2026,
                NOW)
            .render("");

    assertThat(page)
        .contains(
            "<form method=\"get\" action=\"petitions\"><p><label>검색: <input type=\"search\" name=\"q\""
                + " maxlength=\"100\" size=\"30\" placeholder=\"제목의 낱말 또는 건의 번호\""
                + " value=\"&quot;철도&quot; &amp; 지하화\"></label>"
                + "<input type=\"hidden\" name=\"region\" value=\"jeju\">"
                + "<input type=\"hidden\" name=\"year\" value=\"2026\">"
                + "<input type=\"hidden\" name=\"state\" value=\"open\">"
                + "<input type=\"hidden\" name=\"category\" value=\"railway\">"
                + " <button type=\"submit\">찾기</button>")
        .as("clearing the search keeps the filters")
        .contains(
            "<a href=\"petitions?region=jeju&amp;year=2026&amp;state=open&amp;category=railway\">검색 지우기</a>")
        .as("a filter's link keeps the search")
        .contains(
            "<a href=\"petitions?region=jeju&amp;year=2026&amp;state=closed&amp;category=railway&amp;q=%22%EC%B2%A0%EB%8F%84%22%20%26%20%EC%A7%80%ED%95%98%ED%99%94\">종결</a>");
  }

  @Test
  void aFullPageLinksToTheNextAndARegionIsOfferedNoRegions() {
    List<PetitionStatus.View> full =
        java.util.stream.IntStream.rangeClosed(1, 2)
            .mapToObj(i -> open("RP-2026-0000" + i, "건의 " + i))
            .toList();
    String page =
        new PetitionListPage(
                full,
                new PetitionFilter(null, null, null, null, null, null, 0, 2),
                List.of(),
                OUTCOMES,
                2026,
                NOW)
            .render("/ctx");

    assertThat(page)
        .contains("<a href=\"petitions?first=2\">다음</a>")
        .doesNotContain("\">이전</a>", "지역: ")
        .contains("<a href=\"/ctx/camunda/app/welcome/\">처음 화면으로</a>");
  }

  /** An open 부산 railway petition with these open steps (also PetitionRecordPageTest's). */
  static PetitionStatus.View open(String number, String title, PetitionStatus.OpenStep... steps) {
    Map<String, Date> due = new LinkedHashMap<>();
    for (PetitionStatus.OpenStep step : steps) {
      due.merge(step.name(), step.dueDate(), (a, b) -> a.before(b) ? a : b);
    }
    return new PetitionStatus.View(
        number,
        "busan",
        "부산광역시",
        title,
        "railway",
        "지역 교통망 - 철도",
        "ACTIVE",
        List.copyOf(due.keySet()),
        due,
        null,
        null,
        NOW,
        null,
        null,
        null,
        null,
        List.of(steps));
  }

  private static PetitionStatus.View closed(String number, String outcome) {
    return new PetitionStatus.View(
        number,
        "jeju",
        "제주특별자치도",
        "종결 건의",
        "other",
        "기타",
        "COMPLETED",
        List.of(),
        Map.of(),
        "ACCEPTED",
        outcome,
        NOW,
        NOW,
        null,
        null,
        null,
        List.of());
  }
}
