package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PetitionCsvTest {

  private static final Date NOW = Date.from(Instant.parse("2026-12-03T01:00:00Z"));
  private static final Date YESTERDAY = Date.from(Instant.parse("2026-12-02T09:00:00Z"));

  @Test
  void aFileExcelReadsInKoreanWithARowPerPetition() {
    String csv =
        PetitionCsv.write(
            List.of(
                new PetitionStatus.View(
                    "RP-2026-00002",
                    "busan",
                    "부산광역시",
                    "철도, \"지하화\"",
                    "railway",
                    "지역 교통망 - 철도",
                    "ACTIVE",
                    List.of("소관 부서 검토"),
                    Map.of("소관 부서 검토", YESTERDAY),
                    null,
                    null,
                    NOW,
                    null,
                    null,
                    null,
                    null,
                    List.of(
                        new PetitionStatus.OpenStep("소관 부서 검토", "철도정책과", YESTERDAY),
                        new PetitionStatus.OpenStep("소관 부서 검토", "철도건설과", YESTERDAY))),
                new PetitionStatus.View(
                    "RP-2026-00001",
                    "jeju",
                    "제주특별자치도",
                    "제주 건의",
                    "other",
                    "기타",
                    "COMPLETED",
                    List.of(),
                    Map.of(),
                    "ACCEPTED",
                    "수용 (포럼 채택)",
                    NOW,
                    NOW,
                    "제3차 지역균형발전포럼",
                    null,
                    null,
                    List.of())),
            NOW);

    assertThat(csv).startsWith("\uFEFF건의 번호,지역,제목,");
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "\uFEFF" + PetitionCsv.HEADER,
            "RP-2026-00002,부산광역시,\"철도, \"\"지하화\"\"\",지역 교통망 - 철도,2026-12-03,진행 중,"
                + "\"소관 부서 검토: 철도정책과, 철도건설과\",2026-12-02 18:00,예,,,",
            "RP-2026-00001,제주특별자치도,제주 건의,기타,2026-12-03,종결,,,,수용 (포럼 채택),2026-12-03,"
                + "제3차 지역균형발전포럼");
  }

  @Test
  void aRegionsWordsAreNeverTakenForAFormula() {
    assertThat(PetitionCsv.field("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(PetitionCsv.field("+1")).isEqualTo("'+1");
    assertThat(PetitionCsv.field("-1")).isEqualTo("'-1");
    assertThat(PetitionCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(PetitionCsv.field("\tx")).isEqualTo("'\tx");
    assertThat(PetitionCsv.field("줄\n바꿈")).isEqualTo("\"줄\n바꿈\"");
    assertThat(PetitionCsv.field("보통 제목")).isEqualTo("보통 제목");
    assertThat(PetitionCsv.field(null)).isEmpty();
  }
}
