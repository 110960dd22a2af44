package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.molit.rbd.notification.Notification;
import kr.go.molit.rbd.notification.NotificationLedger;
import kr.go.molit.rbd.support.DocumentForms;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.support.WebappSession;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Attachment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 첨부 문서: the region and the bodies on an open step attach documents to a petition from its page in
 * 건의 현황; whoever may see the petition downloads them, and no one else learns they exist.
 */
abstract class PetitionDocumentsChecks {

  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
  private static final Pattern LINK =
      Pattern.compile("href=\"([^\"]+/documents/[^\"]+)\">([^<]+)<");

  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired NotificationLedger ledger;
  @Autowired RemovedDocumentRows removedRows;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theRegionAndTheCouncilAttachDocumentsThatOnlyThoseWhoSeeThePetitionRead() {
    String number =
        new EngineRest(http)
            .submitStartForm(
                "busan.official", "regional-petition", Petitions.form("부산 첨부 문서 확인", "railway"));
    String instance = instance(number).getId();

    WebappSession busan = WebappSession.signIn(http, "busan.official", "demo");
    String page = get(busan, "/petitions/" + number);
    assertThat(page).contains("<h2 id=\"documents\">첨부 문서</h2>", "첨부된 문서가 없습니다.");
    ResponseEntity<String> attached =
        busan.postMultipart(
            "/petitions/" + number + "/documents",
            DocumentForms.document(
                token(page),
                "../부산 위치도.pdf",
                "%PDF-1.4 위치도".getBytes(StandardCharsets.UTF_8),
                "위치도"));
    assertThat(attached.getStatusCode())
        .as("sent back (303, followed) to the petition's page, which lists it")
        .isEqualTo(HttpStatus.OK);
    assertThat(attached.getBody()).contains("<h1>" + number + " ", "부산 위치도.pdf");

    WebappSession council = WebappSession.signIn(http, "council.secretary", "demo");
    String councilPage = get(council, "/petitions/" + number);
    assertThat(councilPage)
        .as("the council is on the open step, the completeness check")
        .contains("name=\"token\"", "부산 위치도.pdf", "<td>위치도</td>", "김부산");
    assertThat(
            council
                .postMultipart(
                    "/petitions/" + number + "/documents",
                    DocumentForms.document(
                        token(councilPage), "보완 요청.hwp", new byte[] {1, 2, 3}, null))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    Matcher links = LINK.matcher(get(busan, "/petitions/" + number));
    assertThat(links.find()).isTrue();
    String link = "/petitions/" + links.group(1);
    assertThat(links.group(2)).as("no folder kept from the name sent").isEqualTo("부산 위치도.pdf");
    assertThat(links.find()).isTrue();
    assertThat(links.group(2)).isEqualTo("보완 요청.hwp");

    ResponseEntity<byte[]> download = busan.download(link);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(download.getBody(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 위치도");
    assertThat(download.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment;")
        .contains("filename*=UTF-8''%EB%B6%80%EC%82%B0%20%EC%9C%84%EC%B9%98%EB%8F%84.pdf");
    assertThat(download.getHeaders().getFirst("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; sandbox");
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

    WebappSession daegu = WebappSession.signIn(http, "daegu.official", "demo");
    assertThat(daegu.download(link).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            daegu
                .postMultipart(
                    "/petitions/" + number + "/documents",
                    DocumentForms.document(
                        token(get(daegu, "/petitions")), "x.pdf", new byte[] {1}, null))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(busan.download(link.replace(number, anotherRegionsPetition())).getStatusCode())
        .as("a document is found only under its own petition")
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(ledger.forPetition(number))
        .filteredOn(n -> n.subject().endsWith("문서 첨부"))
        .as("each hears of the other's document, no one of their own")
        .extracting(Notification::recipientGroup, Notification::body)
        .containsExactlyInAnyOrder(
            tuple(
                "council-secretariat",
                "'부산 첨부 문서 확인' 건의에 김부산 부산광역시 균형발전 담당님이 문서를 첨부했습니다: 부산 위치도.pdf (위치도)\n"
                    + "건의 페이지의 첨부 문서에서 내려받을 수 있습니다."),
            tuple(
                "region-busan",
                "'부산 첨부 문서 확인' 건의에 정지원 국토정책과 균형발전지원팀 주무관님이 문서를 첨부했습니다: 보완 요청.hwp\n"
                    + "건의 페이지의 첨부 문서에서 내려받을 수 있습니다."));

    List<Attachment> stored = tasks.getProcessInstanceAttachments(instance);
    assertThat(stored).extracting(Attachment::getName).containsExactly("부산 위치도.pdf", "보완 요청.hwp");
    assertThat(stored)
        .extracting(Attachment::getType)
        .containsExactly("application/pdf", "application/x-hwp");
    assertThat(stored.get(0).getRemovalTime())
        .as("removed with the petition's history")
        .isNotNull()
        .isEqualTo(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(instance)
                .singleResult()
                .getRemovalTime());
    assertThat(
            history
                .createUserOperationLogQuery()
                .processInstanceId(instance)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_ADD_ATTACHMENT)
                .list())
        .extracting(UserOperationLogEntry::getUserId)
        .containsExactlyInAnyOrder("busan.official", "council.secretary");
  }

  @Test
  void aDivisionAttachesItsReviewWhileTheReviewsRunInParallel() {
    String number =
        new EngineRest(http)
            .forwardedToDivisions("jeju.official", Petitions.form("제주 철도 첨부 확인", "railway"));
    String instance = instance(number).getId();
    assertThat(runtime.createExecutionQuery().processInstanceId(instance).count())
        .as("reviews in parallel: the petition has more than one execution")
        .isGreaterThan(1);

    WebappSession railway = WebappSession.signIn(http, "railway-policy.officer", "demo");
    String page = get(railway, "/petitions/" + number);
    ResponseEntity<String> attached =
        railway.postMultipart(
            "/petitions/" + number + "/documents",
            DocumentForms.document(token(page), "철도 검토 의견.docx", new byte[] {9, 9}, "검토 의견"));
    assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(attached.getBody()).contains("철도 검토 의견.docx", "하철도");
    assertThat(get(WebappSession.signIn(http, "jeju.official", "demo"), "/petitions/" + number))
        .as("the region reads what the division attached")
        .contains("철도 검토 의견.docx");
    assertThat(
            WebappSession.signIn(http, "road-policy.officer", "demo")
                .exchange(HttpMethod.GET, "/petitions/" + number, null, null)
                .getStatusCode())
        .as("a division the petition was not routed to does not see it")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tasks.getProcessInstanceAttachments(instance))
        .extracting(Attachment::getName)
        .containsExactly("철도 검토 의견.docx");
    assertThat(ledger.forPetition(number))
        .filteredOn(n -> n.subject().endsWith("문서 첨부"))
        .as("the other division reviewing it and the region, not the division that attached it")
        .extracting(Notification::recipientGroup)
        .containsExactlyInAnyOrder("division-railway-construction", "region-jeju");
  }

  @Test
  void whatCannotBeKeptIsRefusedWithAReasonAndNothingIsStored() {
    String number =
        new EngineRest(http)
            .submitStartForm(
                "ulsan.official", "regional-petition", Petitions.form("울산 첨부 거절 확인", "road"));
    String instance = instance(number).getId();
    WebappSession ulsan = WebappSession.signIn(http, "ulsan.official", "demo");
    String token = token(get(ulsan, "/petitions/" + number));
    String path = "/petitions/" + number + "/documents";

    ResponseEntity<String> kind =
        ulsan.postMultipart(path, DocumentForms.document(token, "run.exe", new byte[] {1}, null));
    assertThat(kind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(kind.getBody()).contains("file: 첨부할 수 있는 파일 형식은 pdf, hwp");
    ResponseEntity<String> empty =
        ulsan.postMultipart(path, DocumentForms.document(token, "빈 파일.pdf", new byte[0], null));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("file: 내용이 없는 파일은 첨부할 수 없습니다.");
    ResponseEntity<String> large =
        ulsan.postMultipart(
            path, DocumentForms.document(token, "큰 파일.pdf", new byte[10 * 1024 * 1024 + 1], null));
    assertThat(large.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(large.getBody()).contains("file: 파일은 10MB까지 첨부할 수 있습니다");
    ResponseEntity<String> described =
        ulsan.postMultipart(
            path, DocumentForms.document(token, "a.pdf", new byte[] {1}, "설".repeat(201)));
    assertThat(described.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(described.getBody()).contains("description: 설명은 200자까지");
    ResponseEntity<String> forged =
        ulsan.postMultipart(path, DocumentForms.document("forged", "a.pdf", new byte[] {1}, null));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forged.getBody()).contains("다시 열어 첨부해 주십시오");

    WebappSession tf = WebappSession.signIn(http, "tf.coordinator", "demo");
    String tfPage = get(tf, "/petitions/" + number);
    assertThat(tfPage)
        .as("the Planning Group sees it, but is on no open step")
        .contains("울산 첨부 거절 확인")
        .doesNotContain("name=\"token\"");
    ResponseEntity<String> notOnAStep =
        tf.postMultipart(
            path,
            DocumentForms.document(token(get(tf, "/petitions")), "a.pdf", new byte[] {1}, null));
    assertThat(notOnAStep.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notOnAStep.getBody()).contains("건의한 지역과 진행 중인 단계를 맡은 기관만");

    for (int i = 1; i <= PetitionDocuments.MOST_PER_PETITION; i++) {
      assertThat(
              ulsan
                  .postMultipart(
                      path, DocumentForms.document(token, i + ".txt", new byte[] {1}, null))
                  .getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<String> tooMany =
        ulsan.postMultipart(path, DocumentForms.document(token, "more.txt", new byte[] {1}, null));
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody()).contains("file: 한 건의에는 문서를 30개까지");
    assertThat(tasks.getProcessInstanceAttachments(instance))
        .hasSize(PetitionDocuments.MOST_PER_PETITION);

    runtime.deleteProcessInstance(instance, "철회");
    assertThat(get(ulsan, "/petitions/" + number))
        .as("an ended petition keeps its documents, and takes no more")
        .contains("30.txt")
        .doesNotContain("name=\"token\"");
    ResponseEntity<String> ended =
        ulsan.postMultipart(path, DocumentForms.document(token, "late.pdf", new byte[] {1}, null));
    assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(ended.getBody()).contains("종결된 건의에는 문서를 첨부할 수 없습니다.");
    assertThat(tasks.getProcessInstanceAttachments(instance))
        .hasSize(PetitionDocuments.MOST_PER_PETITION);
  }

  @Test
  void whoAttachedADocumentGoesWithThePetitionsRemovedHistory() {
    String removed =
        new EngineRest(http)
            .submitStartForm(
                "gyeongbuk.official", "regional-petition", Petitions.form("경북 기록 삭제 확인", "road"));
    String kept =
        new EngineRest(http)
            .submitStartForm(
                "gyeongbuk.official", "regional-petition", Petitions.form("경북 기록 유지 확인", "road"));
    WebappSession gyeongbuk = WebappSession.signIn(http, "gyeongbuk.official", "demo");
    for (String number : List.of(removed, kept)) {
      String token = token(get(gyeongbuk, "/petitions/" + number));
      assertThat(
              gyeongbuk
                  .postMultipart(
                      "/petitions/" + number + "/documents",
                      DocumentForms.document(token, "위치도.pdf", new byte[] {1}, null))
                  .getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }
    String instance = instance(removed).getId();
    runtime.deleteProcessInstance(instance, "시험");
    history.deleteHistoricProcessInstance(instance);
    assertThat(tasks.getProcessInstanceAttachments(instance)).as("the engine removed it").isEmpty();
    assertThat(rows(instance)).as("our row outlived it").isEqualTo(1);

    assertThat(removedRows.forget()).isPositive();
    assertThat(rows(instance)).isZero();
    assertThat(rows(instance(kept).getId()))
        .as("a document still there keeps its author")
        .isEqualTo(1);
    assertThat(get(gyeongbuk, "/petitions/" + kept)).contains("위치도.pdf", "오경북");
  }

  private int rows(String processInstanceId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM rbd_petition_document WHERE process_instance_id = ?",
        Integer.class,
        processInstanceId);
  }

  private HistoricProcessInstance instance(String number) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(number)
        .singleResult();
  }

  /** The number of another region's petition. */
  private String anotherRegionsPetition() {
    return new EngineRest(http)
        .submitStartForm("daegu.official", "regional-petition", Petitions.form("대구 다른 건의", "road"));
  }

  private static String get(WebappSession session, String path) {
    ResponseEntity<String> page = session.exchange(HttpMethod.GET, path, null, null);
    EngineRest.ok(page);
    return page.getBody();
  }

  /**
   * The form token of the session's pages: taken from the petition's form, or given to any page.
   */
  private static String token(String page) {
    Matcher token = TOKEN.matcher(page);
    return token.find() ? token.group(1) : "none";
  }
}
