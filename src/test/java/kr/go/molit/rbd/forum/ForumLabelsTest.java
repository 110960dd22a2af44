package kr.go.molit.rbd.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class ForumLabelsTest {

  @Test
  void anIsoDateFromTheStartFormReadsAsOfficialsWriteIt() {
    assertThat(ForumLabels.date("2026-12-15")).isEqualTo("2026년 12월 15일 (화)");
    assertThat(ForumLabels.date("2027-01-04")).isEqualTo("2027년 1월 4일 (월)");
  }

  @Test
  void aDateSentByARestClientIsReadOnTheKoreanCalendarDay() {
    // 15:30 UTC on the 14th is already the 15th in Seoul
    assertThat(ForumLabels.date(Date.from(Instant.parse("2026-12-14T15:30:00Z"))))
        .isEqualTo("2026년 12월 15일 (화)");
  }

  @Test
  void anythingElseIsPrintedAsGivenNeverDropped() {
    assertThat(ForumLabels.date("12월 셋째 주")).isEqualTo("12월 셋째 주");
    assertThat(ForumLabels.date(null)).isNull();
  }
}
