package kr.go.molit.rbd.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaTextsTest {

  private static final Map<String, Object> CANDIDATE =
      Map.of(
          "petitionNumber", "RP-2026-00042",
          "regionName", "부산광역시",
          "title", "<img src=x onerror=alert(1)> **철도** [지하화](javascript:alert(1))",
          "categoryLabel", "지역 교통망 - 철도",
          "supportDirectionLabel", "지원",
          "directionText", "선도사업 지정 검토",
          "agendaPosition", 1);

  @Test
  void eachPetitionsNumberOpensItsRecordInANewWindow() {
    assertThat(AgendaTexts.candidates(List.of(CANDIDATE)))
        .startsWith(
            "1. **<a href=\"/petitions/RP-2026-00042\" target=\"_blank\" rel=\"noopener\">"
                + "RP\\-2026\\-00042</a>** 부산광역시");
    assertThat(AgendaTexts.agenda(List.of(CANDIDATE)))
        .startsWith("1. **<a href=\"/petitions/RP-2026-00042\" target=\"_blank\"");
  }

  @Test
  void aRegionsWordsStayText() {
    assertThat(AgendaTexts.candidates(List.of(CANDIDATE)))
        .contains(
            "\\<img src=x onerror=alert\\(1\\)\\> \\*\\*철도\\*\\* \\[지하화\\]\\(javascript:alert\\(1\\)\\)")
        .containsOnlyOnce("<a ");
  }

  @Test
  void aNumberIsOnePathSegment() {
    assertThat(AgendaTexts.recordLink("RP-2026-00042/../x\" onclick=\"y"))
        .startsWith("<a href=\"/petitions/RP-2026-00042%2F..%2Fx%22%20onclick=%22y\" ");
  }
}
