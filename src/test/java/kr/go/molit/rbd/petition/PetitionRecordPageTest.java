package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PetitionRecordPageTest {

  private static final Date NOW = new Date(1_796_000_000_000L);

  @Test
  void listsTheDocumentsEachLinkedForDownloadWithWhoAttachedIt() {
    String page =
        new PetitionRecordPage(
                record(
                    List.of(
                        new PetitionDocuments.Document(
                            "a1", "<위치도>.pdf", "1쪽 & 2쪽", "application/pdf", 2048L, "김부산", NOW),
                        new PetitionDocuments.Document(
                            "a2", "계획.hwp", null, "application/x-hwp", null, null, NOW))),
                NOW,
                null,
                10L * 1024 * 1024)
            .render("");

    assertThat(page)
        .contains("<h2 id=\"documents\">첨부 문서</h2>")
        .contains(
            "<tr><td><a href=\"RP-2026-00042/documents/a1\">&lt;위치도&gt;.pdf</a></td>"
                + "<td>1쪽 &amp; 2쪽</td><td class=\"number nowrap\">2KB</td><td>김부산</td>")
        .contains(
            "<a href=\"RP-2026-00042/documents/a2\">계획.hwp</a></td><td></td><td class=\"number nowrap\"></td><td></td>")
        .as("no form for one who may not attach")
        .doesNotContain("<form");
  }

  @Test
  void offersTheFormWithItsTokenToOneWhoMayAttach() {
    String page =
        new PetitionRecordPage(record(List.of()), NOW, "t\"k", 10L * 1024 * 1024).render("");

    assertThat(page)
        .contains("<p>첨부된 문서가 없습니다.</p>")
        .contains(
            "<form method=\"post\" enctype=\"multipart/form-data\" action=\"RP-2026-00042/documents\">"
                + "<input type=\"hidden\" name=\"token\" value=\"t&quot;k\">")
        .contains("<input type=\"file\" name=\"file\" required accept=\".pdf,.hwp,.hwpx,")
        .contains("maxlength=\"200\"")
        .contains("10MB까지 · 한 건의에 30개까지");
    assertThat(new PetitionRecordPage(record(List.of()), NOW).render(""))
        .as("never a form without a token")
        .doesNotContain("<form");
  }

  private static PetitionRecords.Record record(List<PetitionDocuments.Document> documents) {
    PetitionStatus.View view = PetitionListPageTest.open("RP-2026-00042", "부산 건의");
    return new PetitionRecords.Record(view, Map.of(), Map.of(), List.of(), documents, "pi");
  }
}
