package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentUploadTest {

  private static final long TEN_MB = 10L * 1024 * 1024;

  @Test
  void keepsTheNameWithoutFoldersOrCharactersThatHideItsKind() {
    DocumentUpload upload =
        DocumentUpload.of("C:\\문서\\..\\부산 위치도.PDF", "  위치도\n(1쪽) ", new byte[] {1}, TEN_MB);

    assertThat(upload.name()).isEqualTo("부산 위치도.PDF");
    assertThat(upload.type()).as("from the extension, in any case").isEqualTo("application/pdf");
    assertThat(upload.description()).isEqualTo("위치도 (1쪽)");
    assertThat(DocumentUpload.of("../../etc/계획.hwp", " ", new byte[] {1}, TEN_MB))
        .extracting(DocumentUpload::name, DocumentUpload::type, DocumentUpload::description)
        .containsExactly("계획.hwp", "application/x-hwp", null);
    assertThat(DocumentUpload.of("위치도\u202Egnp\u0000.pdf", null, new byte[] {1}, TEN_MB).name())
        .as("no direction or control characters kept")
        .isEqualTo("위치도gnp.pdf");
  }

  @Test
  void refusesWhatCannotBeKeptNamingTheField() {
    refused(null, null, new byte[] {1}, "file", "file: 첨부할 파일을 고르십시오.");
    refused("", null, null, "file", "file: 첨부할 파일을 고르십시오.");
    refused("폴더/", null, new byte[] {1}, "file", "file: 첨부할 파일을 고르십시오.");
    refused("run.exe", null, new byte[] {1}, "file", "file: 첨부할 수 있는 파일 형식은 pdf, hwp, hwpx");
    refused(
        "보고서\u202Efdp.exe",
        null,
        new byte[] {1},
        "file",
        "file: 첨부할 수 있는 파일 형식은"); // shown as 보고서exe.pdf with the mark
    refused("README", null, new byte[] {1}, "file", "file: 첨부할 수 있는 파일 형식은");
    refused("빈.pdf", null, new byte[0], "file", "file: 내용이 없는 파일은 첨부할 수 없습니다.");
    refused(
        "큰.pdf",
        null,
        new byte[(int) TEN_MB + 1],
        "file",
        "file: 파일은 10MB까지 첨부할 수 있습니다 (이 파일은 10.1MB).");
    refused("가".repeat(148) + ".pdf", null, new byte[] {1}, "file", "file: 파일 이름은 150자까지입니다.");
    refused("a.pdf", "설".repeat(201), new byte[] {1}, "description", "description: 설명은 200자까지");

    assertThat(
            DocumentUpload.of(
                "가".repeat(146) + ".pdf", "설".repeat(200), new byte[(int) TEN_MB], TEN_MB))
        .as("exactly at each limit")
        .isNotNull();
  }

  @Test
  void sizesReadAsOfficialsWriteThem() {
    assertThat(DocumentUpload.size(13)).isEqualTo("1KB");
    assertThat(DocumentUpload.size(1025)).isEqualTo("2KB");
    assertThat(DocumentUpload.size(1024 * 1024 - 1)).isEqualTo("1024KB");
    assertThat(DocumentUpload.size(1024 * 1024)).isEqualTo("1MB");
    assertThat(DocumentUpload.size(5 * 1024 * 1024 / 2)).isEqualTo("2.5MB");
    assertThat(DocumentUpload.megabytes(TEN_MB)).isEqualTo("10MB");
  }

  private static void refused(
      String name, String description, byte[] content, String field, String message) {
    assertThatThrownBy(() -> DocumentUpload.of(name, description, content, TEN_MB))
        .isInstanceOfSatisfying(
            DocumentUpload.Refused.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.status()).isEqualTo(400);
            })
        .hasMessageStartingWith(message);
  }
}
